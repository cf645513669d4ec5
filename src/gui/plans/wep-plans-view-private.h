/* wep-plans-view-private.h: what the parts of WepPlansView share
 *
 * wep-plans-view.c: the page, its filters, following the document, add
 * and remove; wep-plans-view-cells.c: the table's columns, their cells
 * and the edits made in them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-plan-object.h"
#include "wep-plans-view.h"

G_BEGIN_DECLS

enum {
  COLUMN_MUNICIPALITY,
  COLUMN_YEAR,
  COLUMN_PATHWAY,
  COLUMN_UNITS,
  COLUMN_STATUS,
  COLUMN_SOURCE_DOCUMENT,
  COLUMN_SOURCE_DATE,
  COLUMN_NOTE,
  COLUMN_PROVENANCE,
  N_COLUMNS
};

typedef struct
{
  WepPlansView *view;
  int           column;
} ColumnBinding;

struct _WepPlansView
{
  AdwBin                parent_instance;

  WepSession           *session;
  GListStore           *store;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkSingleSelection   *selection;
  GStrv                 municipality_codes;
  ColumnBinding         bindings[N_COLUMNS];

  /* Template widgets */
  GtkSearchEntry       *search_entry;
  GtkDropDown          *pathway_filter;
  GtkDropDown          *year_filter;
  GtkStringList        *years;
  GtkStack             *stack;
  GtkScrolledWindow    *scrolled_window;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *columns[N_COLUMNS];
  GtkPopover           *add_popover;
  GtkDropDown          *add_municipality;
  GtkStringList        *municipality_names;
  GtkSpinButton        *add_year;
  GtkDropDown          *add_pathway;
  GtkSpinButton        *add_units;
  GtkLabel             *add_error;
};

/* "hf", "ind", "grp", NULL: the pathways in the order of every choice. */
extern const char * const _wep_plans_pathway_keys[];

/* Homes in the user's number format: whole numbers without decimals. */
char     *_wep_plans_format_units        (double         units);
/* Applies text typed into the cell of field, as one undoable change;
 * when refused, the item's problem says why. */
gboolean  _wep_plans_view_commit_text    (WepPlansView  *self,
                                          WepPlanObject *item,
                                          WepPlanField   field,
                                          const char    *text);
/* Gives every column its factory and sorter. */
void      _wep_plans_view_setup_columns  (WepPlansView  *self);

G_END_DECLS

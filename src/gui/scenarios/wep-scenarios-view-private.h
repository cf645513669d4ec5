/* wep-scenarios-view-private.h: what the parts of WepScenariosView share
 *
 * wep-scenarios-view.c: the page, the list of scenarios, following the
 * session, the actions; wep-scenarios-view-edit.c: the edits;
 * wep-scenarios-view-dialogs.c: the dialogs that ask for a name (and
 * years) or for confirmation; wep-scenarios-view-compare.c: the comparison
 * of two scenarios.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-scenarios-view.h"

G_BEGIN_DECLS

struct _WepScenariosView
{
  AdwBin                parent_instance;

  WepSession           *session;
  GPtrArray            *summaries;        /* of WepScenarioSummary, as listed */
  gboolean              read_only;

  /* The comparison */
  char                 *compare_a;
  char                 *compare_b;
  char                 *region;           /* the region shown; NULL: all */
  char                 *compare_problem;
  GListStore           *input_store;      /* of WepDifferenceItem */
  GListStore           *result_store;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *input_model;
  GtkFilterListModel   *result_model;
  GStrv                 region_names;     /* behind the region choices after "All" */
  gboolean              updating;         /* the view sets its own choices */

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkWidget            *empty_new_button;
  AdwLeaflet           *leaflet;
  GtkWidget            *new_button;
  GtkListBox           *list;
  GtkWidget            *read_only_label;
  GtkWidget            *compare_button;
  GtkWidget            *back_button;
  GtkDropDown          *compare_a_dropdown;
  GtkDropDown          *compare_b_dropdown;
  GtkStringList        *names;
  GtkDropDown          *region_dropdown;
  GtkStringList        *regions;
  GtkStack             *compare_stack;
  AdwStatusPage        *message_page;
  GtkLabel             *input_heading;
  GtkLabel             *result_heading;
  GtkColumnView        *input_view;
  GtkColumnView        *result_view;

  /* The region columns, shown when more than one region differs, and the
   * columns named after the scenarios compared */
  GtkColumnViewColumn  *input_region_column;
  GtkColumnViewColumn  *result_region_column;
  GtkColumnViewColumn  *input_a_column;
  GtkColumnViewColumn  *input_b_column;
  GtkColumnViewColumn  *result_a_column;
  GtkColumnViewColumn  *result_b_column;
};

typedef enum
{
  WEP_NAME_DIALOG_NEW,
  WEP_NAME_DIALOG_DUPLICATE,
  WEP_NAME_DIALOG_RENAME,
} WepNameDialogKind;

/* wep-scenarios-view-edit.c */
void _wep_scenarios_view_set_string         (char             **place,
                                             const char        *value);

/* wep-scenarios-view-dialogs.c */
void _wep_scenarios_view_open_name_dialog   (WepScenariosView  *self,
                                             WepNameDialogKind  kind,
                                             const char        *name);
void _wep_scenarios_view_open_delete_dialog (WepScenariosView  *self,
                                             const char        *name);
void _wep_scenarios_view_show_error         (WepScenariosView  *self,
                                             const char        *heading,
                                             const GError      *error);

/* wep-scenarios-view-compare.c */
void _wep_scenarios_view_init_compare       (WepScenariosView  *self);
void _wep_scenarios_view_dispose_compare    (WepScenariosView  *self);
/* Follows the plan: the scenarios to choose from, and the differences. */
void _wep_scenarios_view_refresh_compare    (WepScenariosView  *self);
void _wep_scenarios_view_compare_changed_cb (WepScenariosView  *self);
void _wep_scenarios_view_region_changed_cb  (WepScenariosView  *self);

G_END_DECLS

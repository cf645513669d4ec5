/* wep-assumptions-view-private.h: what the parts of WepAssumptionsView
 * share
 *
 * wep-assumptions-view.c: the page, its region choice, following the
 * session; wep-assumptions-input.c: one field's value, range and text in
 * a model input; wep-assumptions-fields.c: the fields (scalar rows, the
 * grid of years) and what they show; wep-assumptions-edit.c: checking and
 * storing what is typed into them; wep-assumptions-range.c: the editor of
 * an uncertainty range and the panel of the chosen cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-assumptions-view.h"

G_BEGIN_DECLS

typedef struct _AssumptionField AssumptionField;
typedef struct _RangeEditor     RangeEditor;

/* One input of the shown region: a scalar, or one year of a per-year key. */
struct _AssumptionField
{
  WepAssumptionsView *view;
  gboolean            yearly;
  int                 key;          /* WepScalar or WepYearly */
  int                 year_index;   /* per-year: 0 … horizon − 1; else -1 */
  GtkEntry           *entry;
  GtkEventController *focus_controller;
  GtkEventController *key_controller;
  char               *shown;        /* the text the page last put there */
  char               *problem;      /* why what is typed cannot be stored */
  gboolean            force;        /* stored: show the stored value */

  /* Scalar rows only */
  GtkLabel           *subtitle;     /* key, unit, range */
  GtkLabel           *error_label;
  GtkLabel           *source_label; /* "From the Data" / "Own Value" */
  GtkWidget          *reset_button; /* a GtkRevealer of the button */
  GtkMenuButton      *range_button;
  RangeEditor        *range_editor; /* in range_button's popover, once opened */
};

/* Low, mode and high of one field's range, with Set and Remove. */
struct _RangeEditor
{
  WepAssumptionsView *view;
  AssumptionField    *field;
  GtkWidget          *widget;
  GtkEntry           *entries[3];
  char               *shown[3];
  GtkWidget          *apply_button;
  GtkWidget          *remove_button;
  GtkLabel           *error_label;
  GtkEventController *focus_controller;
  GtkEventController *key_controller;
};

struct _WepAssumptionsView
{
  AdwBin            parent_instance;

  WepSession       *session;
  char             *selected_region;
  char             *shown_region;     /* the region the fields hold */
  WepModelInput    *derived;          /* what the data give; NULL: unknown */
  char             *regions_key;
  int               base_year;
  int               n_years;
  gboolean          storing;          /* our own change is on its way */
  gboolean          updating;         /* the page itself sets a widget */
  gboolean          rebuilding;

  AssumptionField   scalars[WEP_N_SCALARS];
  GPtrArray        *cells;            /* of AssumptionField: [key × n_years + year] */
  GtkLabel         *cell_errors[WEP_N_YEARLY];
  AssumptionField  *current_cell;     /* shown in the cell panel */
  RangeEditor      *cell_range;

  /* Template widgets */
  GtkStack         *stack;
  AdwStatusPage    *problem_page;
  GtkDropDown      *region_dropdown;
  GtkStringList    *region_names;
  GtkLabel         *scenario_label;
  GtkWidget        *read_only_label;
  GtkStack         *sections;
  GtkBox           *scalar_box;
  GtkGrid          *year_grid;
  GtkLabel         *cell_title;
  GtkLabel         *cell_source;
  GtkWidget        *cell_reset;
  GtkBox           *cell_range_box;
};

/* ---- wep-assumptions-input.c ----------------------------------------- */

const WepKeyInfo *_wep_field_info            (const AssumptionField *field);
/* The field's value, range or derived value in region (NULL derived:
 * NAN). */
double            _wep_field_value           (const AssumptionField *field,
                                              const WepRegionInput  *region);
void              _wep_field_set_value       (const AssumptionField *field,
                                              WepRegionInput        *region,
                                              double                 value);
gboolean          _wep_field_get_range       (const AssumptionField *field,
                                              const WepRegionInput  *region,
                                              WepTriangle           *range);
/* NULL removes the range. */
void              _wep_field_set_range       (const AssumptionField *field,
                                              WepRegionInput        *region,
                                              int                    horizon_years,
                                              const WepTriangle     *range);
gboolean          _wep_field_can_have_range  (const AssumptionField *field);
/* A value as the field shows it: years plain, numbers in the user's form. */
char             *_wep_field_format          (const AssumptionField *field,
                                              double                 value);
/* "Region “…”, key “…”, year …", as the model's messages name a place. */
char             *_wep_field_describe        (const AssumptionField *field,
                                              const char            *region);
/* "Newly homeless, 2027": the field's label (and year) for a person. */
char             *_wep_field_title           (const AssumptionField *field);

/* The shown region of the session's input, and its derived values. */
WepRegionInput   *_wep_assumptions_region    (WepAssumptionsView    *self);
const WepRegionInput *_wep_assumptions_derived_region (WepAssumptionsView *self);
AssumptionField  *_wep_assumptions_find_field    (WepAssumptionsView *self,
                                                  const char         *key,
                                                  int                 year,
                                                  GError            **error);
void              _wep_field_clear               (AssumptionField    *field);

/* ---- wep-assumptions-fields.c ---------------------------------------- */

void              _wep_assumptions_build_scalars (WepAssumptionsView *self);
/* Makes the grid of years again for base_year and n_years. */
void              _wep_assumptions_build_years   (WepAssumptionsView *self);
void              _wep_assumptions_clear_cells   (WepAssumptionsView *self);
/* Shows the region's values; overwrite: also in fields the user changed. */
void              _wep_assumptions_sync_fields   (WepAssumptionsView *self,
                                                  gboolean            overwrite);
/* Shows field's problem (or none) next to it. */
void              _wep_assumptions_show_problem  (WepAssumptionsView *self,
                                                  AssumptionField    *field);

/* ---- wep-assumptions-edit.c ------------------------------------------ */

/* Connects what the user does in field's entry to the checks and edits,
 * and lets go of it again: before the field is freed, as the window may
 * still hold the widget (its focus). */
void              _wep_assumptions_connect_entry (WepAssumptionsView *self,
                                                  AssumptionField    *field);
void              _wep_assumptions_disconnect_field (AssumptionField *field);
/* Checks text for field as typed so far and shows what is wrong. */
void              _wep_assumptions_check_text    (WepAssumptionsView *self,
                                                  AssumptionField    *field);
gboolean          _wep_assumptions_commit_text   (WepAssumptionsView *self,
                                                  AssumptionField    *field,
                                                  const char         *text,
                                                  GError            **error);
/* texts NULL, or all three empty: remove the range. */
gboolean          _wep_assumptions_commit_range  (WepAssumptionsView *self,
                                                  AssumptionField    *field,
                                                  const char * const *texts,
                                                  GError            **error);
gboolean          _wep_assumptions_reset         (WepAssumptionsView *self,
                                                  AssumptionField    *field,
                                                  GError            **error);
/* Parses texts into a range; on failure error names what is wrong. */
gboolean          _wep_assumptions_parse_range   (WepAssumptionsView *self,
                                                  AssumptionField    *field,
                                                  const char * const *texts,
                                                  WepTriangle        *range,
                                                  GError            **error);
gboolean          _wep_assumptions_editable      (WepAssumptionsView *self);

/* ---- wep-assumptions-range.c ----------------------------------------- */

RangeEditor      *_wep_range_editor_new          (WepAssumptionsView *self);
void              _wep_range_editor_free         (RangeEditor        *editor);
void              _wep_range_editor_disconnect   (RangeEditor        *editor);
/* Shows field's range (field NULL: none); overwrite: also what is typed. */
void              _wep_range_editor_show         (RangeEditor        *editor,
                                                  AssumptionField    *field,
                                                  gboolean            overwrite);
void              _wep_assumptions_show_cell     (WepAssumptionsView *self,
                                                  AssumptionField    *field);
/* Gives a scalar row's range button its popover, when first opened. */
void              _wep_assumptions_setup_range_button (WepAssumptionsView *self,
                                                       AssumptionField    *field);

G_END_DECLS

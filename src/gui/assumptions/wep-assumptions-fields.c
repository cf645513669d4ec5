/* wep-assumptions-fields.c: the fields of the "Aannames" page and what
 * they show
 *
 * The scalar inputs are rows in groups (the goal, the starting position,
 * the pathways …), made once; the per-year inputs are a grid with a column
 * per model year, made again only when the years change. A field shows its
 * value in the user's number form and, for an input the plan's data give,
 * whether the value is the data's or the scenario's own; a range for the
 * uncertainty runs shows in a row's subtitle or as a bar under a cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-assumptions-view-private.h"

typedef struct
{
  const char *title;
  const char *description;
  int         keys[8];          /* WepScalar or WepYearly; -1 ends */
} Section;

static const Section scalar_sections[] = {
  { N_("Goal"),
    N_("By the end of the target year nobody on a housing pathway waits longer than this."),
    { WEP_S_TARGET_YEAR, WEP_S_MAX_WAIT_MONTHS, -1 } },
  { N_("Starting Position"),
    N_("On 1 January of the first model year."),
    { WEP_S_HOMELESS0, WEP_S_EXIT_READY0, WEP_S_HOUSED0_HF, WEP_S_HOUSED0_IND,
      WEP_S_HOUSED0_GRP, WEP_S_GRP_PLACES0, -1 } },
  { N_("Pathways of the Newly Homeless"),
    N_("The share on each pathway; together 1."),
    { WEP_S_MIX_HF, WEP_S_MIX_IND, WEP_S_MIX_GRP, WEP_S_MIX_OWN, -1 } },
  { N_("Months Until Exit-Ready"),
    N_("Average months from becoming homeless until ready to move, or until leaving on one’s own."),
    { WEP_S_READY_MONTHS_HF, WEP_S_READY_MONTHS_IND, WEP_S_READY_MONTHS_GRP,
      WEP_S_READY_MONTHS_OWN, -1 } },
  { N_("After Moving In"),
    N_("Chances per year for those housed with support."),
    { WEP_S_RELAPSE_HF, WEP_S_RELAPSE_IND, WEP_S_RELAPSE_GRP, WEP_S_SUPPORT_END_HF,
      WEP_S_SUPPORT_END_IND, WEP_S_SUPPORT_END_GRP, -1 } },
  { N_("Costs"),
    N_("In the price level of the costs entered; the model neither indexes nor discounts."),
    { WEP_S_COST_SHELTER, WEP_S_COST_UNSHELTERED, WEP_S_COST_SUPPORT_HF,
      WEP_S_COST_SUPPORT_IND, WEP_S_COST_SUPPORT_GRP, WEP_S_COST_UNIT_HF, WEP_S_COST_UNIT_IND,
      WEP_S_COST_UNIT_GRP } },
};

static const Section yearly_sections[] = {
  { N_("Homelessness"), NULL, { WEP_Y_INFLOW, WEP_Y_PREVENTION, -1 } },
  { N_("Homes and Places"), NULL,
    { WEP_Y_LETTINGS, WEP_Y_QUOTA_HF, WEP_Y_QUOTA_IND, WEP_Y_NEW_UNITS_HF, WEP_Y_NEW_UNITS_IND,
      WEP_Y_NEW_UNITS_GRP, -1 } },
  { N_("Support and Shelter"), NULL,
    { WEP_Y_SUPPORT_CAP_HF, WEP_Y_SUPPORT_CAP_IND, WEP_Y_SHELTER_CAPACITY, -1 } },
};

/* ---- scalar rows ------------------------------------------------------- */

static GtkWidget *
slot (GtkWidget    *widget,
      GtkSizeGroup *group)
{
  if (widget == NULL)
    widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_size_group_add_widget (group, widget);
  return widget;
}

static gboolean
scalar_is_derived (WepScalar key)
{
  /* docs/model.md, "From plan file to model input". */
  return key >= WEP_S_HOMELESS0 && key <= WEP_S_GRP_PLACES0;
}

static void
reset_clicked_cb (GtkButton       *button,
                  AssumptionField *field)
{
  g_assert (GTK_IS_BUTTON (button));

  _wep_assumptions_reset (field->view, field, NULL);
}

static GtkWidget *
create_scalar_row (WepAssumptionsView *self,
                   AssumptionField    *field,
                   GtkSizeGroup       *reset_group,
                   GtkSizeGroup       *range_group)
{
  const WepKeyInfo *info = _wep_field_info (field);
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (_(info->label));
  GtkWidget *reset = NULL;
  GtkWidget *range = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->label));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);

  field->subtitle = GTK_LABEL (gtk_label_new (info->key));
  gtk_label_set_xalign (field->subtitle, 0.0);
  gtk_label_set_wrap (field->subtitle, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (field->subtitle), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (field->subtitle), "caption");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (field->subtitle), 0, 1, 1, 1);

  field->source_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (field->source_label), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (field->source_label), FALSE);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (field->source_label), 1, 0, 1, 2);

  field->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_alignment (field->entry, 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (field->entry), 7);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (field->entry), 9);
  gtk_widget_set_valign (GTK_WIDGET (field->entry), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (field->entry), "wep-number");
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->label), -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field->entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, field->subtitle, NULL,
                                  -1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (field->entry), 2, 0, 1, 2);

  if (scalar_is_derived (field->key))
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-undo-symbolic");

      gtk_widget_set_tooltip_text (button, _("Reset to Value From the Data"));
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect (button, "clicked", G_CALLBACK (reset_clicked_cb), field);
      /* A crossfading revealer keeps its place when the button is hidden,
       * so the entries stay in line. */
      reset = gtk_revealer_new ();
      gtk_revealer_set_transition_type (GTK_REVEALER (reset),
                                        GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
      gtk_revealer_set_child (GTK_REVEALER (reset), button);
      field->reset_button = reset;
    }
  gtk_grid_attach (GTK_GRID (grid), slot (reset, reset_group), 3, 0, 1, 2);

  if (_wep_field_can_have_range (field))
    {
      GtkWidget *sign = gtk_label_new ("±");

      range = gtk_menu_button_new ();
      /* A child, not a label: no arrow. */
      gtk_menu_button_set_child (GTK_MENU_BUTTON (range), sign);
      gtk_widget_set_tooltip_text (range, _("Uncertainty Range"));
      gtk_widget_add_css_class (range, "flat");
      gtk_widget_add_css_class (range, "wep-range-button");
      field->range_button = GTK_MENU_BUTTON (range);
      _wep_assumptions_setup_range_button (self, field);
    }
  gtk_grid_attach (GTK_GRID (grid), slot (range, range_group), 4, 0, 1, 2);

  field->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (field->error_label, 0.0);
  gtk_label_set_wrap (field->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (field->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (field->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (field->error_label), FALSE);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (field->error_label), 0, 2, 5, 1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  _wep_assumptions_connect_entry (self, field);
  return row;
}

void
_wep_assumptions_build_scalars (WepAssumptionsView *self)
{
  g_autoptr (GtkSizeGroup) reset_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_autoptr (GtkSizeGroup) range_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_autoptr (GtkSizeGroup) entry_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  for (guint s = 0; s < G_N_ELEMENTS (scalar_sections); s++)
    {
      const Section *section = &scalar_sections[s];
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(section->title));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _(section->description));
      for (guint i = 0; i < G_N_ELEMENTS (section->keys) && section->keys[i] >= 0; i++)
        {
          AssumptionField *field = &self->scalars[section->keys[i]];

          field->view = self;
          field->yearly = FALSE;
          field->key = section->keys[i];
          field->year_index = -1;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     create_scalar_row (self, field, reset_group, range_group));
          gtk_size_group_add_widget (entry_group, GTK_WIDGET (field->entry));
        }
      gtk_box_append (self->scalar_box, group);
    }
}

/* ---- the grid of years ------------------------------------------------- */

static void
cell_free (AssumptionField *field)
{
  _wep_field_clear (field);
  g_free (field);
}

void
_wep_assumptions_clear_cells (WepAssumptionsView *self)
{
  GtkWidget *child;

  self->rebuilding = TRUE;
  _wep_range_editor_show (self->cell_range, NULL, TRUE);
  self->current_cell = NULL;
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    _wep_assumptions_disconnect_field (g_ptr_array_index (self->cells, i));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->year_grid))) != NULL)
    gtk_grid_remove (self->year_grid, child);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  for (guint k = 0; k < WEP_N_YEARLY; k++)
    self->cell_errors[k] = NULL;
  self->rebuilding = FALSE;
}

static GtkWidget *
create_cell (WepAssumptionsView *self,
             int                 key,
             int                 y)
{
  AssumptionField *field = g_new0 (AssumptionField, 1);
  g_autofree char *title = NULL;

  field->view = self;
  field->yearly = TRUE;
  field->key = key;
  field->year_index = y;
  field->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_alignment (field->entry, 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (field->entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (field->entry), 6);
  gtk_widget_set_valign (GTK_WIDGET (field->entry), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (field->entry), "wep-cell");
  gtk_widget_add_css_class (GTK_WIDGET (field->entry), "wep-number");
  title = _wep_field_title (field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  self->cells->pdata[key * self->n_years + y] = field;
  _wep_assumptions_connect_entry (self, field);
  return GTK_WIDGET (field->entry);
}

void
_wep_assumptions_build_years (WepAssumptionsView *self)
{
  int row = 0;

  _wep_assumptions_clear_cells (self);
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  g_ptr_array_set_size (self->cells, WEP_N_YEARLY * self->n_years);

  for (int y = 0; y < self->n_years; y++)
    {
      g_autofree char *text = g_strdup_printf ("%d", self->base_year + y);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->year_grid, label, 1 + y, row, 1, 1);
    }
  row++;

  for (guint s = 0; s < G_N_ELEMENTS (yearly_sections); s++)
    {
      const Section *section = &yearly_sections[s];
      GtkWidget *heading = gtk_label_new (_(section->title));

      gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_add_css_class (heading, "dim-label");
      gtk_widget_set_margin_top (heading, s == 0 ? 0 : 12);
      gtk_grid_attach (self->year_grid, heading, 0, row++, 1 + self->n_years, 1);

      for (guint i = 0; i < G_N_ELEMENTS (section->keys) && section->keys[i] >= 0; i++)
        {
          int key = section->keys[i];
          const WepKeyInfo *info = wep_yearly_info (key);
          GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          GtkWidget *title = gtk_label_new (_(info->label));
          g_autofree char *subtitle_text = g_strdup_printf ("%s · %s", info->key, _(info->unit));
          GtkWidget *subtitle = gtk_label_new (subtitle_text);
          GtkWidget *error = gtk_label_new (NULL);

          gtk_label_set_xalign (GTK_LABEL (title), 0.0);
          gtk_label_set_wrap (GTK_LABEL (title), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (title), 26);
          gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
          gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 26);
          gtk_widget_add_css_class (subtitle, "dim-label");
          gtk_widget_add_css_class (subtitle, "caption");
          gtk_box_append (GTK_BOX (names), title);
          gtk_box_append (GTK_BOX (names), subtitle);
          gtk_widget_set_hexpand (names, TRUE);
          gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
          gtk_widget_set_margin_end (names, 12);
          gtk_grid_attach (self->year_grid, names, 0, row, 1, 1);
          for (int y = 0; y < self->n_years; y++)
            gtk_grid_attach (self->year_grid, create_cell (self, key, y), 1 + y, row, 1, 1);
          row++;

          gtk_label_set_xalign (GTK_LABEL (error), 0.0);
          gtk_label_set_wrap (GTK_LABEL (error), TRUE);
          gtk_widget_add_css_class (error, "error");
          gtk_widget_set_visible (error, FALSE);
          gtk_grid_attach (self->year_grid, error, 0, row++, 1 + self->n_years, 1);
          self->cell_errors[key] = GTK_LABEL (error);
        }
    }
  _wep_assumptions_show_cell (self, g_ptr_array_index (self->cells, 0));
}

/* ---- showing values ---------------------------------------------------- */

void
_wep_assumptions_show_problem (WepAssumptionsView *self,
                               AssumptionField    *field)
{
  if (field->problem != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (field->entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (field->entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }

  if (!field->yearly)
    {
      gtk_label_set_text (field->error_label, field->problem);
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), field->problem != NULL);
      return;
    }

  /* A row of years shows the first of its problems. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (field->entry), field->problem);
  if (self->cell_errors[field->key] != NULL)
    {
      const char *problem = NULL;

      for (int y = 0; y < self->n_years && problem == NULL; y++)
        problem = ((AssumptionField *) g_ptr_array_index (self->cells,
                                                          field->key * self->n_years + y))
                    ->problem;
      gtk_label_set_text (self->cell_errors[field->key], problem);
      gtk_widget_set_visible (GTK_WIDGET (self->cell_errors[field->key]), problem != NULL);
    }
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* Marks whether field is the data's or the scenario's, and its range. */
static void
show_source (WepAssumptionsView   *self,
             AssumptionField      *field,
             const WepRegionInput *region,
             const WepRegionInput *derived)
{
  double value = _wep_field_value (field, region);
  double data = _wep_field_value (field, derived);
  gboolean own = !isnan (data) && data != value;
  WepTriangle range;
  gboolean has_range = _wep_field_get_range (field, region, &range);
  g_autofree char *range_text = NULL;

  if (has_range)
    {
      g_autofree char *low = _wep_field_format (field, range.low);
      g_autofree char *mode = _wep_field_format (field, range.mode);
      g_autofree char *high = _wep_field_format (field, range.high);

      /* Translators: an uncertainty range: low, mode (most likely), high */
      range_text = g_strdup_printf (_("range %s – %s – %s"), low, mode, high);
    }

  if (field->yearly)
    {
      g_autofree char *title = _wep_field_title (field);
      g_autoptr (GString) tooltip = g_string_new (title);

      set_class (GTK_WIDGET (field->entry), "wep-own", own);
      set_class (GTK_WIDGET (field->entry), "wep-range", has_range);
      if (field->problem == NULL)
        {
          if (own)
            {
              g_autofree char *data_text = _wep_field_format (field, data);

              g_string_append_c (tooltip, '\n');
              /* Translators: %s is the value the plan's data give */
              g_string_append_printf (tooltip, _("Own value; the data give %s"), data_text);
            }
          if (range_text != NULL)
            g_string_append_printf (tooltip, "\n%s", range_text);
          if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (field->entry)), tooltip->str)
              != 0)
            gtk_widget_set_tooltip_text (GTK_WIDGET (field->entry), tooltip->str);
        }
      return;
    }

  {
    const WepKeyInfo *info = _wep_field_info (field);
    g_autofree char *subtitle = range_text != NULL
                                ? g_strdup_printf ("%s · %s · %s", info->key, _(info->unit),
                                                   range_text)
                                : g_strdup_printf ("%s · %s", info->key, _(info->unit));

    set_label (field->subtitle, subtitle);
  }
  if (field->range_button != NULL)
    set_class (GTK_WIDGET (field->range_button), "wep-has-range", has_range);
  if (!scalar_is_derived (field->key))
    return;

  gtk_widget_set_visible (GTK_WIDGET (field->source_label), TRUE);
  set_class (GTK_WIDGET (field->source_label), "wep-own-tag", own);
  set_class (GTK_WIDGET (field->source_label), "dim-label", !own);
  set_class (GTK_WIDGET (field->source_label), "caption", !own);
  if (own)
    {
      g_autofree char *data_text = _wep_field_format (field, data);
      g_autofree char *tooltip = g_strdup_printf (_("Own value; the data give %s"), data_text);

      set_label (field->source_label, _("Own value"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (field->source_label), tooltip);
    }
  else if (isnan (data))
    {
      set_label (field->source_label, _("Not in the data"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (field->source_label),
                                   _("The plan’s data give no value; the scenario sets it."));
    }
  else
    {
      set_label (field->source_label, _("From the data"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (field->source_label),
                                   _("The value the plan’s data give."));
    }
  gtk_revealer_set_reveal_child (GTK_REVEALER (field->reset_button), own);
  gtk_widget_set_sensitive (field->reset_button, _wep_assumptions_editable (self));
}

static void
sync_field (WepAssumptionsView   *self,
            AssumptionField      *field,
            const WepRegionInput *region,
            const WepRegionInput *derived,
            gboolean              overwrite)
{
  const char *current = gtk_editable_get_text (GTK_EDITABLE (field->entry));
  gboolean dirty = field->shown != NULL && g_strcmp0 (current, field->shown) != 0;
  gboolean editable = _wep_assumptions_editable (self);

  if (overwrite || field->force || !dirty)
    {
      g_autofree char *text = _wep_field_format (field, _wep_field_value (field, region));

      if (g_strcmp0 (current, text) != 0)
        {
          self->updating = TRUE;
          gtk_editable_set_text (GTK_EDITABLE (field->entry), text);
          self->updating = FALSE;
        }
      g_free (field->shown);
      field->shown = g_steal_pointer (&text);
      if (field->problem != NULL)
        {
          g_clear_pointer (&field->problem, g_free);
          _wep_assumptions_show_problem (self, field);
        }
    }
  if (gtk_editable_get_editable (GTK_EDITABLE (field->entry)) != editable)
    gtk_editable_set_editable (GTK_EDITABLE (field->entry), editable);
  show_source (self, field, region, derived);
}

void
_wep_assumptions_sync_fields (WepAssumptionsView *self,
                              gboolean            overwrite)
{
  WepRegionInput *region = _wep_assumptions_region (self);
  const WepRegionInput *derived = _wep_assumptions_derived_region (self);

  if (region == NULL)
    return;
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    sync_field (self, &self->scalars[k], region, derived, overwrite);
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    sync_field (self, g_ptr_array_index (self->cells, i), region, derived, overwrite);
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    if (self->scalars[k].range_editor != NULL)
      _wep_range_editor_show (self->scalars[k].range_editor, &self->scalars[k], overwrite);
  _wep_assumptions_show_cell (self, self->current_cell);
}

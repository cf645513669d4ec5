/* wep-assumptions-range.c: uncertainty ranges, and the panel of the chosen
 * cell of the grid of years
 *
 * A range (low, mode, high) feeds the Monte Carlo runs only; the model's
 * ordinary run uses the value itself. The editor checks the three as they
 * are typed and stores them on Enter, with "Set Range", or when the focus
 * leaves it; "Remove Range" takes the range away. A scalar row opens the
 * editor in a popover; the grid of years shows it in the panel under the
 * grid, for the cell that last had the focus, with where the cell's value
 * comes from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-assumptions-view-private.h"

/* ---- the editor -------------------------------------------------------- */

static void
editor_texts (RangeEditor *editor,
              const char  *texts[3])
{
  for (guint i = 0; i < 3; i++)
    texts[i] = gtk_editable_get_text (GTK_EDITABLE (editor->entries[i]));
}

static gboolean
editor_dirty (RangeEditor *editor)
{
  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editor->entries[i])),
                   editor->shown[i] != NULL ? editor->shown[i] : "") != 0)
      return TRUE;
  return FALSE;
}

static void
editor_set_problem (RangeEditor *editor,
                    const char  *problem)
{
  gtk_label_set_text (editor->error_label, problem);
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), problem != NULL);
  for (guint i = 0; i < 3; i++)
    if (problem != NULL)
      gtk_widget_add_css_class (GTK_WIDGET (editor->entries[i]), "error");
    else
      gtk_widget_remove_css_class (GTK_WIDGET (editor->entries[i]), "error");
}

/* As the user types: only once all three are there is a range wrong. */
static void
editor_changed_cb (GtkEditable *entry,
                   RangeEditor *editor)
{
  WepAssumptionsView *self = editor->view;
  const WepModelInput *input;
  const char *texts[3];
  g_autoptr (WepModelInput) copy = NULL;
  g_autoptr (GError) error = NULL;
  WepTriangle range;

  g_assert (GTK_IS_EDITABLE (entry));

  if (self->updating || editor->field == NULL || self->session == NULL
      || (input = wep_session_get_input (self->session)) == NULL)
    return;
  editor_texts (editor, texts);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i]));

      if (*stripped == '\0')
        {
          editor_set_problem (editor, NULL);
          return;
        }
    }
  if (_wep_assumptions_parse_range (self, editor->field, texts, &range, &error))
    {
      WepRegionInput *region;

      copy = wep_model_input_copy (input);
      region = wep_model_input_find_region (copy, self->shown_region);
      if (region != NULL)
        {
          _wep_field_set_range (editor->field, region, copy->horizon_years, &range);
          wep_model_input_validate (copy, &error);
        }
    }
  editor_set_problem (editor, error != NULL ? error->message : NULL);
}

static void
editor_commit (RangeEditor *editor,
               gboolean     remove)
{
  g_autoptr (GError) error = NULL;
  const char *texts[3];

  if (editor->field == NULL || !_wep_assumptions_editable (editor->view))
    return;
  editor_texts (editor, texts);
  if (!_wep_assumptions_commit_range (editor->view, editor->field, remove ? NULL : texts, &error))
    editor_set_problem (editor, error->message);
  else
    _wep_range_editor_show (editor, editor->field, TRUE);
}

/* Escape gives back the range the plan holds (and closes a popover). */
static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       RangeEditor           *editor)
{
  g_assert (GTK_IS_EVENT_CONTROLLER_KEY (controller));

  if (keyval == GDK_KEY_Escape && editor->field != NULL && editor_dirty (editor))
    _wep_range_editor_show (editor, editor->field, TRUE);
  return GDK_EVENT_PROPAGATE;
}

static void
editor_activate_cb (GtkEntry    *entry,
                    RangeEditor *editor)
{
  g_assert (GTK_IS_ENTRY (entry));

  editor_commit (editor, FALSE);
}

static void
apply_clicked_cb (GtkButton   *button,
                  RangeEditor *editor)
{
  g_assert (GTK_IS_BUTTON (button));

  editor_commit (editor, FALSE);
}

static void
remove_clicked_cb (GtkButton   *button,
                   RangeEditor *editor)
{
  g_assert (GTK_IS_BUTTON (button));

  editor_commit (editor, TRUE);
}

static void
editor_leave_cb (GtkEventControllerFocus *controller,
                 RangeEditor             *editor)
{
  g_assert (GTK_IS_EVENT_CONTROLLER_FOCUS (controller));

  if (!editor->view->rebuilding && editor_dirty (editor))
    editor_commit (editor, FALSE);
}

RangeEditor *
_wep_range_editor_new (WepAssumptionsView *self)
{
  /* Translators: the ends of an uncertainty range, as column heads */
  const char *labels[3] = { N_("Low"), N_("Mode"), N_("High") };
  RangeEditor *editor = g_new0 (RangeEditor, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *hint;
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys;

  editor->view = self;
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = gtk_label_new (_(labels[i]));
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_grid_attach (GTK_GRID (grid), label, (int) i, 0, 1, 1);

      gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 9);
      gtk_widget_add_css_class (entry, "wep-number");
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(labels[i]), -1);
      g_signal_connect (entry, "changed", G_CALLBACK (editor_changed_cb), editor);
      g_signal_connect (entry, "activate", G_CALLBACK (editor_activate_cb), editor);
      gtk_grid_attach (GTK_GRID (grid), entry, (int) i, 1, 1, 1);
      editor->entries[i] = GTK_ENTRY (entry);
    }
  editor->apply_button = gtk_button_new_with_mnemonic (_("_Set Range"));
  g_signal_connect (editor->apply_button, "clicked", G_CALLBACK (apply_clicked_cb), editor);
  gtk_grid_attach (GTK_GRID (grid), editor->apply_button, 3, 1, 1, 1);
  editor->remove_button = gtk_button_new_with_mnemonic (_("_Remove Range"));
  g_signal_connect (editor->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), editor);
  gtk_grid_attach (GTK_GRID (grid), editor->remove_button, 4, 1, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);

  editor->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (editor->error_label, 0.0);
  gtk_label_set_wrap (editor->error_label, TRUE);
  gtk_label_set_max_width_chars (editor->error_label, 60);
  gtk_widget_add_css_class (GTK_WIDGET (editor->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (editor->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor->error_label));

  hint = gtk_label_new (_("The uncertainty runs draw this input between low and high, most often "
                          "near the mode; the ordinary run uses the value itself."));
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 60);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  g_signal_connect (focus, "leave", G_CALLBACK (editor_leave_cb), editor);
  gtk_widget_add_controller (box, focus);
  keys = gtk_event_controller_key_new ();
  /* Before the popover's own Escape, which moves the focus away. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (editor_key_pressed_cb), editor);
  gtk_widget_add_controller (box, keys);
  editor->focus_controller = focus;
  editor->key_controller = keys;
  editor->widget = box;
  return editor;
}

void
_wep_range_editor_disconnect (RangeEditor *editor)
{
  if (editor->widget == NULL)
    return;
  for (guint i = 0; i < 3; i++)
    g_signal_handlers_disconnect_by_data (editor->entries[i], editor);
  g_signal_handlers_disconnect_by_data (editor->apply_button, editor);
  g_signal_handlers_disconnect_by_data (editor->remove_button, editor);
  g_signal_handlers_disconnect_by_data (editor->focus_controller, editor);
  g_signal_handlers_disconnect_by_data (editor->key_controller, editor);
  editor->widget = NULL;
  editor->field = NULL;
}

void
_wep_range_editor_free (RangeEditor *editor)
{
  for (guint i = 0; i < 3; i++)
    g_free (editor->shown[i]);
  g_free (editor);
}

void
_wep_range_editor_show (RangeEditor     *editor,
                        AssumptionField *field,
                        gboolean         overwrite)
{
  WepAssumptionsView *self;
  const WepRegionInput *region;
  WepTriangle range;
  gboolean has_range, editable;
  double values[3];

  if (editor == NULL || editor->widget == NULL)
    return;
  self = editor->view;
  if (field != editor->field)
    overwrite = TRUE;
  editor->field = field;
  region = field != NULL ? _wep_assumptions_region (self) : NULL;
  has_range = field != NULL && _wep_field_get_range (field, region, &range);
  editable = field != NULL && _wep_assumptions_editable (self);
  values[0] = has_range ? range.low : NAN;
  values[1] = has_range ? range.mode : NAN;
  values[2] = has_range ? range.high : NAN;

  if (overwrite || !editor_dirty (editor))
    {
      self->updating = TRUE;
      for (guint i = 0; i < 3; i++)
        {
          g_free (editor->shown[i]);
          editor->shown[i] = has_range ? _wep_field_format (field, values[i]) : g_strdup ("");
          gtk_editable_set_text (GTK_EDITABLE (editor->entries[i]), editor->shown[i]);
        }
      self->updating = FALSE;
      editor_set_problem (editor, NULL);
    }
  /* Without a range, the value itself is the likely mode. */
  if (field != NULL)
    {
      g_autofree char *value = _wep_field_format (field, _wep_field_value (field, region));

      gtk_entry_set_placeholder_text (editor->entries[1], value);
    }
  for (guint i = 0; i < 3; i++)
    gtk_editable_set_editable (GTK_EDITABLE (editor->entries[i]), editable);
  gtk_widget_set_sensitive (editor->apply_button, editable);
  gtk_widget_set_sensitive (editor->remove_button, editable && has_range);
}

/* ---- scalar rows: a popover ---------------------------------------------- */

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  AssumptionField *field = user_data;

  g_assert (GTK_IS_MENU_BUTTON (button));

  if (field->range_editor == NULL)
    {
      GtkWidget *popover = gtk_popover_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (_(_wep_field_info (field)->label));

      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_label_set_xalign (GTK_LABEL (title), 0.0);
      gtk_widget_add_css_class (title, "heading");
      gtk_box_append (GTK_BOX (box), title);
      field->range_editor = _wep_range_editor_new (field->view);
      gtk_box_append (GTK_BOX (box), field->range_editor->widget);
      gtk_popover_set_child (GTK_POPOVER (popover), box);
      gtk_menu_button_set_popover (button, popover);
    }
  _wep_range_editor_show (field->range_editor, field, TRUE);
}

void
_wep_assumptions_setup_range_button (WepAssumptionsView *self,
                                     AssumptionField    *field)
{
  gtk_menu_button_set_create_popup_func (field->range_button, create_popup_cb, field, NULL);
}

/* ---- the cell panel ------------------------------------------------------ */

void
_wep_assumptions_show_cell (WepAssumptionsView *self,
                            AssumptionField    *field)
{
  const WepRegionInput *region = _wep_assumptions_region (self);
  double data, value;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;
  gboolean own = FALSE;

  self->current_cell = field;
  _wep_range_editor_show (self->cell_range, field, FALSE);
  if (field == NULL || region == NULL)
    {
      gtk_label_set_text (self->cell_title, NULL);
      gtk_label_set_text (self->cell_source, NULL);
      gtk_widget_set_visible (self->cell_reset, FALSE);
      return;
    }

  name = _wep_field_title (field);
  title = g_strdup_printf ("%s (%s)", name, _wep_field_info (field)->key);
  gtk_label_set_text (self->cell_title, title);
  value = _wep_field_value (field, region);
  data = _wep_field_value (field, _wep_assumptions_derived_region (self));
  if (field->key != WEP_Y_INFLOW && field->key != WEP_Y_LETTINGS
      && field->key != WEP_Y_SHELTER_CAPACITY
      && !(field->key >= WEP_Y_NEW_UNITS_HF && field->key <= WEP_Y_NEW_UNITS_GRP))
    source = g_strdup (_("Set by the scenario."));
  else if (isnan (data))
    source = g_strdup (_("The plan’s data give no value for this year; the scenario sets it."));
  else if (data != value)
    {
      g_autofree char *data_text = _wep_field_format (field, data);

      own = TRUE;
      source = g_strdup_printf (_("The scenario’s own value; the plan’s data give %s."),
                                data_text);
    }
  else
    source = g_strdup (_("The value the plan’s data give."));
  gtk_label_set_text (self->cell_source, source);
  gtk_widget_set_visible (self->cell_reset, own);
  gtk_widget_set_sensitive (self->cell_reset, _wep_assumptions_editable (self));
}

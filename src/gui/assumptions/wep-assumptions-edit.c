/* wep-assumptions-edit.c: what is typed into the "Aannames" page, checked
 * and stored
 *
 * While the user types, the text is read as a number and tried on a copy
 * of the model input with the model's own checks (wep_model_input_validate)
 * so that what is wrong shows next to the field at once. Enter, or leaving
 * the field, stores a valid value as one undoable change of the scenario;
 * a refused one stays in its field, marked, until it is corrected, the
 * region changes or the plan changes otherwise (undo, another edit
 * elsewhere).
 *
 * Inputs that the model checks together — the four shares of the mix,
 * homeless0 and exit_ready0, grp_places0 and housed0_grp, and the two
 * quotas of a year — are tried together with what the user typed into the
 * others: raising mix_hf is refused until mix_own is lowered, and then both
 * are stored as one change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-assumptions-view-private.h"
#include "wep-format.h"

gboolean
_wep_assumptions_editable (WepAssumptionsView *self)
{
  return self->session != NULL && wep_session_get_input (self->session) != NULL
         && !wep_document_get_read_only (wep_session_get_document (self->session));
}

static gboolean
no_input (GError **error)
{
  g_set_error_literal (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                       _("There is no scenario whose assumptions could be changed."));
  return FALSE;
}

static gboolean
check_editable (WepAssumptionsView  *self,
                GError             **error)
{
  WepDocument *doc;

  if (_wep_assumptions_editable (self))
    return TRUE;
  if (self->session == NULL || wep_session_get_input (self->session) == NULL)
    return no_input (error);
  doc = wep_session_get_document (self->session);
  g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY,
               /* Translators: %s says why the plan is read-only */
               _("%s The assumptions of a read-only plan cannot be changed."),
               wep_document_get_read_only_reason (doc) != NULL
               ? wep_document_get_read_only_reason (doc) : "");
  return FALSE;
}

static gboolean
is_dirty (const AssumptionField *field)
{
  return field->shown != NULL
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->entry)), field->shown) != 0;
}

/* Inputs the model checks together share a group; -1: on its own. */
static int
link_group (const AssumptionField *field)
{
  if (field->yearly)
    return field->key == WEP_Y_QUOTA_HF || field->key == WEP_Y_QUOTA_IND
           ? 3 + field->year_index : -1;
  if (field->key <= WEP_S_MIX_OWN)
    return 0;
  if (field->key == WEP_S_HOMELESS0 || field->key == WEP_S_EXIT_READY0)
    return 1;
  if (field->key == WEP_S_HOUSED0_GRP || field->key == WEP_S_GRP_PLACES0)
    return 2;
  return -1;
}

static gboolean
parse_value (AssumptionField  *field,
             const char       *text,
             const char       *region,
             double           *value,
             GError          **error)
{
  g_autofree char *where = NULL;
  g_autofree char *example = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (wep_parse_number (stripped, value))
    return TRUE;

  where = _wep_field_describe (field, region);
  example = _wep_field_format (field, _wep_field_value (field,
                                                        _wep_assumptions_region (field->view)));
  if (*stripped == '\0')
    /* Translators: the first %s names the region and key; the second is an example */
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s: no value; type a number such as %s."), where, example);
  else
    g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                 _("%s: “%s” is not a number; type one such as %s."), where, stripped, example);
  return FALSE;
}

/* A copy of the session's input, the region shown, or NULL. */
static WepModelInput *
copy_input (WepAssumptionsView  *self,
            WepRegionInput     **region)
{
  const WepModelInput *input = wep_session_get_input (self->session);
  WepModelInput *copy;

  if (input == NULL || self->shown_region == NULL)
    return NULL;
  copy = wep_model_input_copy (input);
  *region = wep_model_input_find_region (copy, self->shown_region);
  if (*region == NULL)
    g_clear_pointer (&copy, wep_model_input_free);
  return copy;
}

static void
add_group_edits (WepAssumptionsView *self,
                 AssumptionField    *field,
                 WepRegionInput     *region,
                 GPtrArray          *included)
{
  int group = link_group (field);
  double value;

  if (group < 0)
    return;
  for (guint k = 0; k < WEP_N_SCALARS; k++)
    {
      AssumptionField *other = &self->scalars[k];

      if (other != field && link_group (other) == group && is_dirty (other)
          && wep_parse_number (gtk_editable_get_text (GTK_EDITABLE (other->entry)), &value))
        {
          _wep_field_set_value (other, region, value);
          g_ptr_array_add (included, other);
        }
    }
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      AssumptionField *other = g_ptr_array_index (self->cells, i);

      if (other != field && link_group (other) == group && is_dirty (other)
          && wep_parse_number (gtk_editable_get_text (GTK_EDITABLE (other->entry)), &value))
        {
          _wep_field_set_value (other, region, value);
          g_ptr_array_add (included, other);
        }
    }
}

/* The input with text in field (and what was typed into the fields checked
 * with it, which are added to included), when the model accepts it. */
static WepModelInput *
try_text (WepAssumptionsView  *self,
          AssumptionField     *field,
          const char          *text,
          GPtrArray           *included,
          GError             **error)
{
  WepRegionInput *region = NULL;
  g_autoptr (WepModelInput) copy = copy_input (self, &region);
  double value;

  if (copy == NULL)
    {
      no_input (error);
      return NULL;
    }
  if (!parse_value (field, text, region->name, &value, error))
    return NULL;
  _wep_field_set_value (field, region, value);
  g_ptr_array_add (included, field);
  add_group_edits (self, field, region, included);
  if (!wep_model_input_validate (copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* One undoable change; the fields in included show what was stored. */
static gboolean
store (WepAssumptionsView   *self,
       const WepModelInput  *input,
       GPtrArray            *included,
       GError              **error)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autofree char *scenario = g_strdup (wep_session_get_scenario (self->session));
  gboolean ok;

  if (!wep_document_begin_change (doc, _("Change Assumption"), error))
    return FALSE;
  self->storing = TRUE;
  /* The page edits the region it shows: only that region is written
   * (the whole scenario when the plan no longer has it as it was). */
  ok = FALSE;
  for (guint i = 0; i < input->regions->len; i++)
    if (g_strcmp0 (wep_model_input_region (input, i)->name, self->shown_region) == 0)
      {
        g_autoptr (GError) local = NULL;

        ok = wep_document_store_scenario_region (doc, scenario, input, i, &local);
        if (!ok && !g_error_matches (local, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND))
          {
            g_propagate_error (error, g_steal_pointer (&local));
            break;
          }
        if (!ok)
          ok = wep_document_store_scenario (doc, scenario, input, -1, error);
        break;
      }
  if (!ok && (error == NULL || *error == NULL))
    ok = wep_document_store_scenario (doc, scenario, input, -1, error);
  for (guint i = 0; ok && included != NULL && i < included->len; i++)
    {
      AssumptionField *field = g_ptr_array_index (included, i);

      field->force = TRUE;
      g_clear_pointer (&field->problem, g_free);
    }
  /* The session reruns the model and the page follows it (refresh). */
  wep_document_end_change (doc);
  self->storing = FALSE;
  for (guint i = 0; included != NULL && i < included->len; i++)
    ((AssumptionField *) g_ptr_array_index (included, i))->force = FALSE;
  return ok;
}

static void
set_problem (WepAssumptionsView *self,
             AssumptionField    *field,
             const char         *problem)
{
  if (g_strcmp0 (field->problem, problem) == 0)
    return;
  g_free (field->problem);
  field->problem = g_strdup (problem);
  _wep_assumptions_show_problem (self, field);
}

void
_wep_assumptions_check_text (WepAssumptionsView *self,
                             AssumptionField    *field)
{
  g_autoptr (GPtrArray) included = g_ptr_array_new ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) error = NULL;

  if (!is_dirty (field) || !_wep_assumptions_editable (self))
    {
      set_problem (self, field, NULL);
      return;
    }
  input = try_text (self, field, gtk_editable_get_text (GTK_EDITABLE (field->entry)), included,
                    &error);
  if (input == NULL)
    {
      set_problem (self, field, error->message);
      return;
    }
  /* Valid together: what was typed into the others is fine now too. */
  for (guint i = 0; i < included->len; i++)
    set_problem (self, g_ptr_array_index (included, i), NULL);
}

gboolean
_wep_assumptions_commit_text (WepAssumptionsView  *self,
                              AssumptionField     *field,
                              const char          *text,
                              GError             **error)
{
  g_autoptr (GPtrArray) included = g_ptr_array_new ();
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GError) local_error = NULL;
  WepRegionInput *region = _wep_assumptions_region (self);
  double value;

  if (!check_editable (self, error))
    return FALSE;
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (field->entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (field->entry), text);

  if (g_strcmp0 (text, field->shown) != 0)
    input = try_text (self, field, text, included, &local_error);
  /* What the plan holds, perhaps in another form ("0.17" for "0,17"):
   * nothing to store. */
  if (g_strcmp0 (text, field->shown) == 0
      || (input != NULL && included->len == 1 && wep_parse_number (text, &value)
          && value == _wep_field_value (field, region)))
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (field->entry), field->shown);
      self->updating = FALSE;
      set_problem (self, field, NULL);
      return TRUE;
    }
  if (input == NULL || !store (self, input, included, &local_error))
    {
      set_problem (self, field, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
_wep_assumptions_parse_range (WepAssumptionsView  *self,
                              AssumptionField     *field,
                              const char * const  *texts,
                              WepTriangle         *range,
                              GError             **error)
{
  /* Translators: the ends of an uncertainty range */
  const char *parts[3] = { N_("low"), N_("mode"), N_("high") };
  double values[3];

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i] != NULL ? texts[i] : ""));

      if (!wep_parse_number (stripped, &values[i]))
        {
          g_autofree char *where = _wep_field_describe (field, self->shown_region);

          if (*stripped == '\0')
            g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                         /* Translators: %s names the region and key; the end is "low" … */
                         _("%s, range: no %s; a range needs low, mode and high."), where,
                         _(parts[i]));
          else
            g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                         _("%s, range %s: “%s” is not a number."), where, _(parts[i]), stripped);
          return FALSE;
        }
    }
  *range = (WepTriangle) { values[0], values[1], values[2] };
  return TRUE;
}

static gboolean
all_empty (const char * const *texts)
{
  for (guint i = 0; texts != NULL && i < 3; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i] != NULL ? texts[i] : ""));

      if (*stripped != '\0')
        return FALSE;
    }
  return TRUE;
}

gboolean
_wep_assumptions_commit_range (WepAssumptionsView  *self,
                               AssumptionField     *field,
                               const char * const  *texts,
                               GError             **error)
{
  WepRegionInput *region = NULL;
  g_autoptr (WepModelInput) input = NULL;
  WepTriangle range, old;
  gboolean had_range;
  gboolean remove = all_empty (texts);

  if (!check_editable (self, error))
    return FALSE;
  if (!_wep_field_can_have_range (field))
    {
      g_autofree char *where = _wep_field_describe (field, self->shown_region);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("%s: this input cannot have an uncertainty range."), where);
      return FALSE;
    }
  if (!remove && !_wep_assumptions_parse_range (self, field, texts, &range, error))
    return FALSE;

  had_range = _wep_field_get_range (field, _wep_assumptions_region (self), &old);
  if (remove ? !had_range
             : had_range && old.low == range.low && old.mode == range.mode
               && old.high == range.high)
    return TRUE;

  input = copy_input (self, &region);
  if (input == NULL)
    return no_input (error);
  _wep_field_set_range (field, region, input->horizon_years, remove ? NULL : &range);
  return wep_model_input_validate (input, error) && store (self, input, NULL, error);
}

gboolean
_wep_assumptions_reset (WepAssumptionsView  *self,
                        AssumptionField     *field,
                        GError             **error)
{
  WepRegionInput *region = NULL;
  g_autoptr (WepModelInput) input = NULL;
  g_autoptr (GPtrArray) included = g_ptr_array_new ();
  g_autoptr (GError) local_error = NULL;
  double data = _wep_field_value (field, _wep_assumptions_derived_region (self));

  if (!check_editable (self, error))
    return FALSE;
  if (isnan (data))
    {
      g_autofree char *where = _wep_field_describe (field, self->shown_region);

      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("%s: the plan’s data give no value for this input."), where);
      return FALSE;
    }

  input = copy_input (self, &region);
  if (input == NULL)
    return no_input (error);
  if (data == _wep_field_value (field, region) && !is_dirty (field))
    return TRUE;
  _wep_field_set_value (field, region, data);
  g_ptr_array_add (included, field);
  if (!wep_model_input_validate (input, &local_error)
      || !store (self, input, included, &local_error))
    {
      set_problem (self, field, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* ---- the entry's signals ---------------------------------------------- */

static void
entry_changed_cb (GtkEditable     *entry,
                  AssumptionField *field)
{
  g_assert (GTK_IS_EDITABLE (entry));

  if (field->view->updating || field->view->rebuilding)
    return;
  _wep_assumptions_check_text (field->view, field);
}

static void
entry_activate_cb (GtkEntry        *entry,
                   AssumptionField *field)
{
  g_assert (GTK_IS_ENTRY (entry));

  if (!_wep_assumptions_editable (field->view))
    return;
  _wep_assumptions_commit_text (field->view, field,
                                gtk_editable_get_text (GTK_EDITABLE (entry)), NULL);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                AssumptionField         *field)
{
  WepAssumptionsView *self = field->view;

  g_assert (GTK_IS_EVENT_CONTROLLER_FOCUS (controller));

  if (self->rebuilding || self->session == NULL || !is_dirty (field)
      || !_wep_assumptions_editable (self))
    return;
  _wep_assumptions_commit_text (self, field, gtk_editable_get_text (GTK_EDITABLE (field->entry)),
                                NULL);
}

static void
focus_enter_cb (GtkEventControllerFocus *controller,
                AssumptionField         *field)
{
  g_assert (GTK_IS_EVENT_CONTROLLER_FOCUS (controller));

  if (field->yearly && !field->view->rebuilding)
    _wep_assumptions_show_cell (field->view, field);
}

/* Escape gives back what the plan holds. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AssumptionField       *field)
{
  g_assert (GTK_IS_EVENT_CONTROLLER_KEY (controller));

  if (keyval != GDK_KEY_Escape || !is_dirty (field))
    return GDK_EVENT_PROPAGATE;
  field->view->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (field->entry), field->shown);
  field->view->updating = FALSE;
  set_problem (field->view, field, NULL);
  return GDK_EVENT_STOP;
}

void
_wep_assumptions_connect_entry (WepAssumptionsView *self,
                                AssumptionField    *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect (field->entry, "changed", G_CALLBACK (entry_changed_cb), field);
  g_signal_connect (field->entry, "activate", G_CALLBACK (entry_activate_cb), field);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), field);
  g_signal_connect (focus, "enter", G_CALLBACK (focus_enter_cb), field);
  gtk_widget_add_controller (GTK_WIDGET (field->entry), focus);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), field);
  gtk_widget_add_controller (GTK_WIDGET (field->entry), keys);
  field->focus_controller = focus;
  field->key_controller = keys;
}

void
_wep_assumptions_disconnect_field (AssumptionField *field)
{
  if (field->entry == NULL)
    return;
  g_signal_handlers_disconnect_by_data (field->entry, field);
  g_signal_handlers_disconnect_by_data (field->focus_controller, field);
  g_signal_handlers_disconnect_by_data (field->key_controller, field);
  if (field->reset_button != NULL)
    g_signal_handlers_disconnect_by_data (gtk_revealer_get_child (GTK_REVEALER (field->reset_button)),
                                          field);
  if (field->range_button != NULL)
    gtk_menu_button_set_create_popup_func (field->range_button, NULL, NULL, NULL);
  if (field->range_editor != NULL)
    _wep_range_editor_disconnect (field->range_editor);
  field->entry = NULL;
}

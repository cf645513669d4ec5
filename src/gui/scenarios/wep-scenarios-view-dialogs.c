/* wep-scenarios-view-dialogs.c: the dialogs of the "Scenario's" page
 *
 * New, Duplicate and Rename ask for a name (and New for the years) and
 * check it while it is typed, with the reason under the field and the
 * button off until it is fine (wep-scenario-edit.h: a name in use, empty,
 * too long; for New also whether the plan's data give every input for
 * those years). Delete asks first, naming the scenario.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-scenario-edit.h"
#include "wep-scenarios-view-private.h"

#define DIALOG_DATA "wep-name-dialog"

typedef struct
{
  WepScenariosView  *view;         /* the dialog's response is connected to it */
  WepNameDialogKind  kind;
  char              *name;         /* the scenario duplicated or renamed */
  AdwMessageDialog  *dialog;
  GtkEditable       *entry;
  GtkSpinButton     *first_year;   /* New only */
  GtkSpinButton     *years;        /* New only */
  GtkLabel          *problem;
} NameDialog;

static void
name_dialog_free (NameDialog *d)
{
  g_free (d->name);
  g_free (d);
}

static GtkWindow *
parent_window (WepScenariosView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_wep_scenarios_view_show_error (WepScenariosView *self,
                                const char       *heading,
                                const GError     *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The name as it will be used: without spaces at either end. */
static char *
typed_name (NameDialog *d)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (d->entry)));
}

static void
validate (NameDialog *d)
{
  WepDocument *doc = wep_session_get_document (wep_scenarios_view_get_session (d->view));
  g_autofree char *name = typed_name (d);
  g_autoptr (GError) error = NULL;
  gboolean name_ok, ok, unchanged;

  name_ok = wep_document_check_scenario_name (doc, name,
                                              d->kind == WEP_NAME_DIALOG_RENAME ? d->name : NULL,
                                              &error);
  ok = name_ok;
  /* A new scenario: also whether the data give every input for the years. */
  if (ok && d->kind == WEP_NAME_DIALOG_NEW)
    ok = wep_document_check_new_scenario (doc, name,
                                          gtk_spin_button_get_value_as_int (d->first_year),
                                          gtk_spin_button_get_value_as_int (d->years), &error);
  unchanged = d->kind == WEP_NAME_DIALOG_RENAME && g_strcmp0 (name, d->name) == 0;

  gtk_label_set_text (d->problem, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (d->problem), error != NULL);
  if (name_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (d->entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (d->entry), "error");
  adw_message_dialog_set_response_enabled (d->dialog, "ok", ok && !unchanged);
}

static void
changed_cb (NameDialog *d)
{
  validate (d);
}

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  WepScenariosView *self)
{
  NameDialog *d = g_object_get_data (G_OBJECT (dialog), DIALOG_DATA);
  g_autofree char *name = NULL;
  g_autoptr (GError) error = NULL;

  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  if (g_strcmp0 (response, "ok") != 0)
    return;
  name = typed_name (d);
  switch (d->kind)
    {
    case WEP_NAME_DIALOG_NEW:
      if (!wep_scenarios_view_new_scenario (self, name,
                                            gtk_spin_button_get_value_as_int (d->first_year),
                                            gtk_spin_button_get_value_as_int (d->years), &error))
        _wep_scenarios_view_show_error (self, _("Could Not Make the Scenario"), error);
      break;
    case WEP_NAME_DIALOG_RENAME:
      if (!wep_scenarios_view_rename (self, d->name, name, &error))
        _wep_scenarios_view_show_error (self, _("Could Not Rename the Scenario"), error);
      break;
    case WEP_NAME_DIALOG_DUPLICATE:
    default:
      if (!wep_scenarios_view_duplicate (self, d->name, name, &error))
        _wep_scenarios_view_show_error (self, _("Could Not Duplicate the Scenario"), error);
      break;
    }
}

/* base, or base with a number after it when a scenario has that name. */
static char *
unused_name (WepDocument *doc,
             const char  *base)
{
  for (int n = 2; n < 1000; n++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *name = n == 2 ? g_strdup (base) : g_strdup_printf ("%s %d", base, n - 1);

      if (wep_document_check_scenario_name (doc, name, NULL, &error)
          || !g_error_matches (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_EXISTS))
        return g_steal_pointer (&name);
    }
  return g_strdup (base);
}

static GtkSpinButton *
add_spin_row (GtkListBox *box,
              const char *title,
              const char *subtitle,
              int         lower,
              int         upper,
              int         value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (box, row);
  return GTK_SPIN_BUTTON (spin);
}

void
_wep_scenarios_view_open_name_dialog (WepScenariosView  *self,
                                      WepNameDialogKind  kind,
                                      const char        *name)
{
  WepDocument *doc = wep_session_get_document (wep_scenarios_view_get_session (self));
  NameDialog *d = g_new0 (NameDialog, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *entry = adw_entry_row_new ();
  GtkWidget *problem = gtk_label_new (NULL);
  g_autofree char *body = NULL;
  g_autofree char *suggested = NULL;
  const char *heading, *button;

  d->view = self;
  d->kind = kind;
  d->name = g_strdup (name);
  switch (kind)
    {
    case WEP_NAME_DIALOG_NEW:
      heading = _("New Scenario");
      body = g_strdup (_("For every region of the plan: lettings, new homes, inflow, shelter "
                         "places and the starting position from the plan’s data, every other "
                         "choice the documented default, to change afterwards."));
      suggested = unused_name (doc, _("New Scenario"));
      button = _("_Create");
      break;
    case WEP_NAME_DIALOG_RENAME:
      heading = _("Rename Scenario");
      body = g_strdup_printf (_("A new name for “%s”."), name);
      suggested = g_strdup (name);
      button = _("_Rename");
      break;
    case WEP_NAME_DIALOG_DUPLICATE:
    default:
      heading = _("Duplicate Scenario");
      body = g_strdup_printf (_("A copy of “%s” with all its choices, ranges and seed, to "
                                "change without changing the original."), name);
      {
        /* Translators: the name suggested for a copy of scenario %s */
        g_autofree char *copy = g_strdup_printf (_("%s (copy)"), name);

        suggested = unused_name (doc, copy);
      }
      button = _("_Duplicate");
      break;
    }

  d->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, body));
  adw_message_dialog_add_responses (d->dialog, "cancel", _("_Cancel"), "ok", button, NULL);
  adw_message_dialog_set_response_appearance (d->dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (d->dialog, "ok");
  adw_message_dialog_set_close_response (d->dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Name"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), suggested);
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  d->entry = GTK_EDITABLE (entry);
  if (kind == WEP_NAME_DIALOG_NEW)
    {
      int base_year, horizon_years;
      g_autofree char *years = g_strdup_printf (_("1 to %d"), WEP_MAX_HORIZON_YEARS);

      wep_document_suggest_scenario_years (doc, &base_year, &horizon_years);
      d->first_year = add_spin_row (GTK_LIST_BOX (list), _("First year"),
                                    _("The starting position is that of 1 January"),
                                    WEP_MIN_BASE_YEAR, WEP_MAX_BASE_YEAR, base_year);
      d->years = add_spin_row (GTK_LIST_BOX (list), _("Number of years"), years, 1,
                               WEP_MAX_HORIZON_YEARS, horizon_years);
      g_signal_connect_swapped (d->first_year, "value-changed", G_CALLBACK (changed_cb), d);
      g_signal_connect_swapped (d->years, "value-changed", G_CALLBACK (changed_cb), d);
    }
  gtk_box_append (GTK_BOX (box), list);

  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_xalign (GTK_LABEL (problem), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (problem), 40);
  gtk_widget_add_css_class (problem, "error");
  gtk_box_append (GTK_BOX (box), problem);
  d->problem = GTK_LABEL (problem);
  adw_message_dialog_set_extra_child (d->dialog, box);

  g_object_set_data_full (G_OBJECT (d->dialog), DIALOG_DATA, d,
                          (GDestroyNotify) name_dialog_free);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (changed_cb), d);
  g_signal_connect_object (d->dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  validate (d);
  gtk_window_present (GTK_WINDOW (d->dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    WepScenariosView *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "scenario");
  g_autoptr (GError) error = NULL;

  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  if (g_strcmp0 (response, "delete") == 0 && !wep_scenarios_view_delete (self, name, &error))
    _wep_scenarios_view_show_error (self, _("Could Not Delete the Scenario"), error);
}

void
_wep_scenarios_view_open_delete_dialog (WepScenariosView *self,
                                        const char       *name)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), _("Delete Scenario?"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The scenario “%s” and all its own choices and ranges are "
                                    "removed from the plan; the plan’s data stay. You can undo "
                                    "this."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "scenario", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

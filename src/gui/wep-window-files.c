/* wep-window-files.c: opening, saving and never losing a plan
 *
 * Open and Save As go through GtkFileChooserNative (the portal in a
 * Flatpak); a .weplan dropped on the window opens too. Before the plan in
 * a window is replaced or the window closes, unsaved changes are saved or
 * knowingly discarded. A plan recovered from an autosave saves to the file
 * it belongs to, not to the copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wep-example.h"
#include "wep-window-private.h"

gboolean
_wep_window_has_unsaved (WepWindow *self)
{
  g_assert (WEP_IS_WINDOW (self));

  if (self->session == NULL)
    return FALSE;
  return self->recovered_from != NULL
         || wep_document_get_modified (wep_session_get_document (self->session));
}

void
_wep_window_show_error (WepWindow    *self,
                        const char   *heading,
                        const GError *error)
{
  GtkWidget *dialog;

  g_assert (WEP_IS_WINDOW (self));
  g_assert (heading != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static GtkFileFilter *
create_plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plan files"));
  gtk_file_filter_add_pattern (filter, "*" WEP_DOCUMENT_EXTENSION);
  gtk_file_filter_add_mime_type (filter, "application/x-wonen-eerst-plan");

  return filter;
}

/* The window of this application that shows path, if any. */
static WepWindow *
find_window_for (WepWindow  *self,
                 const char *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  for (GList *l = app != NULL ? gtk_application_get_windows (app) : NULL; l; l = l->next)
    {
      WepDocument *document;

      if (!WEP_IS_WINDOW (l->data))
        continue;
      document = wep_window_get_document (l->data);
      if (document != NULL && g_strcmp0 (wep_document_get_path (document), canonical) == 0)
        return l->data;
    }
  return NULL;
}

static void
load_file (WepWindow *self,
           GFile     *file,
           gboolean   recover)
{
  g_autoptr(WepDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *canonical = NULL;
  WepDocument *current = wep_window_get_document (self);

  g_assert (WEP_IS_WINDOW (self));

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only plans on this computer can be opened, not %s."),
                   g_file_peek_path (file) ? g_file_peek_path (file) : "?");
      _wep_window_show_error (self, _("Could Not Open the Plan"), error);
      return;
    }

  /* The same file again: let go of it first, or closing the old document
   * would take the new one's lock away. */
  canonical = g_canonicalize_filename (path, NULL);
  if (current != NULL && g_strcmp0 (wep_document_get_path (current), canonical) == 0)
    wep_window_set_document (self, NULL);

  document = wep_document_open (path, WEP_OPEN_DEFAULT, &error);
  if (document == NULL)
    {
      _wep_window_show_error (self, _("Could Not Open the Plan"), error);
      return;
    }

  wep_window_set_document (self, document);
  if (recover)
    {
      g_autofree char *original = wep_document_get_meta (document, "autosave_of");

      self->recovered_from = g_steal_pointer (&path);
      self->recover_target = original != NULL ? g_steal_pointer (&original) : g_strdup ("");
      _wep_window_update_title (self);
    }
  else
    {
      add_recent (file);
    }
}

void
wep_window_open_file (WepWindow *self,
                      GFile     *file)
{
  g_autofree char *path = NULL;
  WepWindow *other;

  g_return_if_fail (WEP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* One window per file. */
  path = g_file_get_path (file);
  if (path != NULL && (other = find_window_for (self, path)) != NULL && other != self)
    {
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  _wep_window_request (self, WEP_PENDING_OPEN, file);
}

/* ---- saving ------------------------------------------------------------ */

gboolean
wep_window_save_to (WepWindow *self,
                    GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  WepDocument *document;

  g_return_val_if_fail (WEP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  document = wep_session_get_document (self->session);
  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Plans can only be saved on this computer."));
  if (path == NULL || !wep_document_save_as (document, path, &error))
    {
      _wep_window_show_error (self, _("Could Not Save the Plan"), error);
      return FALSE;
    }

  /* Recovered work is safe in its own file now: the copy can go. */
  if (self->recovered_from != NULL)
    {
      g_unlink (self->recovered_from);
      g_clear_pointer (&self->recovered_from, g_free);
      g_clear_pointer (&self->recover_target, g_free);
    }
  add_recent (file);
  _wep_window_update_title (self);
  _wep_window_actions_update (self);

  return TRUE;
}

static void
save_chooser_response_cb (WepWindow            *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GFile) file = NULL;

  g_assert (WEP_IS_WINDOW (self));

  g_clear_object (&self->chooser);
  if (response != GTK_RESPONSE_ACCEPT || chosen == NULL)
    {
      self->pending = WEP_PENDING_NONE;
      return;
    }

  /* A plan is a .weplan, whatever name was typed. */
  if (!g_str_has_suffix (g_file_peek_path (chosen), WEP_DOCUMENT_EXTENSION))
    {
      g_autofree char *name = g_strconcat (g_file_peek_path (chosen),
                                           WEP_DOCUMENT_EXTENSION, NULL);
      file = g_file_new_for_path (name);
    }
  else
    {
      file = g_object_ref (chosen);
    }

  if (wep_window_save_to (self, file))
    _wep_window_run_pending (self);
  else
    self->pending = WEP_PENDING_NONE;
}

void
_wep_window_save_as (WepWindow *self)
{
  GtkFileChooserNative *chooser;
  WepDocument *document;
  const char *path;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_assert (WEP_IS_WINDOW (self));

  if (self->session == NULL)
    return;
  document = wep_session_get_document (self->session);
  chooser = gtk_file_chooser_native_new (_("Save Plan As"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), create_plan_filter ());

  path = self->recover_target != NULL ? self->recover_target : wep_document_get_path (document);
  if (path != NULL && *path != '\0' && self->recovered_from == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  else
    {
      title = wep_document_get_meta (document, "title");
      name = g_strconcat (title != NULL && *title != '\0' ? title : _("New Plan"),
                          WEP_DOCUMENT_EXTENSION, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_signal_connect_object (chooser, "response", G_CALLBACK (save_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

void
_wep_window_save (WepWindow *self)
{
  g_autoptr(GError) error = NULL;
  WepDocument *document;
  const char *path;

  g_assert (WEP_IS_WINDOW (self));

  if (self->session == NULL)
    return;
  document = wep_session_get_document (self->session);
  path = wep_document_get_path (document);

  if (self->recover_target != NULL && *self->recover_target != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->recover_target);

      if (wep_window_save_to (self, file))
        _wep_window_run_pending (self);
      else
        self->pending = WEP_PENDING_NONE;
      return;
    }

  if (self->recover_target != NULL || path == NULL || wep_document_get_read_only (document))
    {
      _wep_window_save_as (self);
      return;
    }

  if (!wep_document_save (document, &error))
    {
      self->pending = WEP_PENDING_NONE;
      _wep_window_show_error (self, _("Could Not Save the Plan"), error);
      return;
    }
  _wep_window_update_title (self);
  _wep_window_run_pending (self);
}

/* ---- opening ----------------------------------------------------------- */

static void
open_chooser_response_cb (WepWindow            *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_assert (WEP_IS_WINDOW (self));

  g_clear_object (&self->chooser);
  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    wep_window_open_file (self, file);
}

void
_wep_window_choose_open (WepWindow *self)
{
  GtkFileChooserNative *chooser;

  g_assert (WEP_IS_WINDOW (self));

  chooser = gtk_file_chooser_native_new (_("Open a Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), create_plan_filter ());
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* ---- unsaved changes --------------------------------------------------- */

void
_wep_window_run_pending (WepWindow *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);
  g_autoptr(WepDocument) document = NULL;
  WepPending pending = self->pending;

  g_assert (WEP_IS_WINDOW (self));

  self->pending = WEP_PENDING_NONE;
  switch (pending)
    {
    case WEP_PENDING_NONE:
      break;

    case WEP_PENDING_CLOSE:
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    case WEP_PENDING_NEW:
      document = wep_document_new ();
      wep_window_set_document (self, document);
      break;

    case WEP_PENDING_EXAMPLE:
      document = wep_example_document ();
      wep_window_set_document (self, document);
      break;

    case WEP_PENDING_OPEN:
    case WEP_PENDING_RECOVER:
      load_file (self, file, pending == WEP_PENDING_RECOVER);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
unsaved_response_cb (WepWindow        *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  g_assert (WEP_IS_WINDOW (self));

  if (g_str_equal (response, "save"))
    _wep_window_save (self);
  else if (g_str_equal (response, "discard"))
    _wep_window_run_pending (self);
  else
    self->pending = WEP_PENDING_NONE;
}

void
_wep_window_request (WepWindow  *self,
                     WepPending  pending,
                     GFile      *file)
{
  g_autofree char *plan = NULL;
  GtkWidget *dialog;

  g_assert (WEP_IS_WINDOW (self));

  self->pending = pending;
  g_set_object (&self->pending_file, file);
  if (!_wep_window_has_unsaved (self))
    {
      _wep_window_run_pending (self);
      return;
    }

  plan = g_strdup (adw_view_switcher_title_get_title (self->switcher_title));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has changes that are not saved. Changes that are "
                                    "not saved are lost."),
                                  g_str_has_prefix (plan, "• ") ? plan + strlen ("• ") : plan);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- drag and drop ----------------------------------------------------- */

static gboolean
drop_cb (WepWindow     *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files;

  g_assert (WEP_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && g_str_has_suffix (name, WEP_DOCUMENT_EXTENSION))
        {
          wep_window_open_file (self, l->data);
          g_slist_free (files);
          return TRUE;
        }
    }
  g_slist_free (files);

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Only plan files (.weplan) can be opened")));
  return FALSE;
}

void
_wep_window_setup_files (WepWindow *self)
{
  GtkDropTarget *target;

  g_assert (WEP_IS_WINDOW (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

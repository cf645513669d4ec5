/* wep-import-dialog.c: importing a spreadsheet or geographic file into the
 * plan, after a preview of every row
 *
 * The user chooses the kind of data and the file (and, in a workbook or a
 * GeoPackage, the sheet or layer); the file is read in a worker thread on
 * a copy of the plan (wep-import-task.c) and the preview shows every row
 * understood and every row rejected, with its line, column and reason.
 * Import is possible only when nothing is rejected: it is one change of
 * the plan, undone as a whole. When the plan changes while the dialog is
 * open (an undo in the window), the file is read again, so the preview
 * always describes what Import would do. Choosing the file and saving
 * templates are in wep-import-dialog-files.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-dialog-common.h"
#include "wep-import-dialog-private.h"
#include "wep-import-task.h"

G_DEFINE_FINAL_TYPE (WepImportDialog, wep_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Per kind, in the order of WepImportKind: what it holds. */
static const char *const kind_descriptions[WEP_N_IMPORT_KINDS] = {
  N_("Homes planned per municipality, year and pathway"),
  N_("Inhabitants, households, social rental stock and lettings per municipality"),
  N_("Which municipalities form which region"),
  N_("Shelter capacity, homeless people and other figures per region and year"),
  N_("Homes allocated per municipality, year and target group"),
  N_("Municipal or provincial boundaries from a geographic file"),
};


/* ---- state ------------------------------------------------------------- */

static void
update_actions (WepImportDialog *self)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 wep_import_dialog_can_apply (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.reload", self->file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.save-template",
                                 self->kind != WEP_IMPORT_BOUNDARIES);
}

static void
set_busy (WepImportDialog *self,
          gboolean         busy)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The kind row follows self->kind. */
void
_wep_import_dialog_show_kind (WepImportDialog *self)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  self->updating = TRUE;
  adw_combo_row_set_selected (self->kind_row, self->kind);
  self->updating = FALSE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row),
                               _(kind_descriptions[self->kind]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sheet_row),
                                 self->kind == WEP_IMPORT_BOUNDARIES ? _("Layer") : _("Sheet"));
  gtk_widget_set_visible (GTK_WIDGET (self->template_row), self->kind != WEP_IMPORT_BOUNDARIES);
  update_actions (self);
}

/* The sheet row: shown when the file has more than one to choose from. */
static void
show_sheets (WepImportDialog *self,
             GStrv            sheets,
             const char      *current)
{
  guint n = sheets != NULL ? g_strv_length (sheets) : 0;
  guint selected = 0;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  self->updating = TRUE;
  gtk_string_list_splice (self->sheets, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sheets)),
                          (const char *const *) sheets);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (sheets[i], current) == 0)
      selected = i;
  if (n > 0)
    adw_combo_row_set_selected (self->sheet_row, selected);
  self->updating = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), n > 1);
}

static void
clear_preview (WepImportDialog *self)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  wep_import_preview_view_set_preview (self->preview_view, NULL);
  g_clear_pointer (&self->preview, wep_import_preview_free);
  g_clear_error (&self->error);
}

static void
show_failure (WepImportDialog *self,
              GError          *error)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  clear_preview (self);
  self->error = error;
  adw_status_page_set_description (self->failed_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  set_busy (self, FALSE);
  update_actions (self);
}

static void
preview_ready_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (WepImportDialog) self = wep_dialog_weak_ref_steal (user_data);
  g_autoptr (WepImportPreview) preview = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sheets = NULL;

  preview = wep_import_task_preview_finish (result, &sheets, &error);
  /* The dialog was closed, or a newer reading took over. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_assert (WEP_IS_IMPORT_DIALOG (self));
  g_clear_object (&self->cancellable);
  if (preview == NULL)
    {
      show_failure (self, g_steal_pointer (&error));
      return;
    }

  clear_preview (self);
  self->preview = g_steal_pointer (&preview);
  if (self->kind != self->preview->kind)
    {
      self->kind = self->preview->kind;
      _wep_import_dialog_show_kind (self);
    }
  show_sheets (self, sheets, self->preview->sheet != NULL ? self->preview->sheet : self->sheet);
  wep_import_preview_view_set_preview (self->preview_view, self->preview);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  set_busy (self, FALSE);
  update_actions (self);
}

void
_wep_import_dialog_start_reading (WepImportDialog *self,
                                  gboolean         guess_kind)
{
  g_autofree char *path = NULL;

  g_assert (WEP_IS_IMPORT_DIALOG (self));
  g_assert (self->file != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_preview (self);

  path = g_file_get_path (self->file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      show_failure (self, g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                       _("Only files on this computer can be imported, not %s."),
                                       uri));
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_actions (self);
  wep_import_task_preview_file_async (self->document, self->kind, guess_kind, path, self->sheet,
                                      self->cancellable, preview_ready_cb,
                                      wep_dialog_weak_ref_new (self));
}

void
_wep_import_dialog_set_file (WepImportDialog *self,
                             GFile           *file)
{
  g_autofree char *name = NULL;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  g_set_object (&self->file, file);
  g_clear_pointer (&self->sheet, g_free);
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name);
  adw_window_title_set_subtitle (self->window_title, name);
  show_sheets (self, NULL, NULL);
}

/* The plan changed (an undo in the window): what the file would do
 * changed with it. */
static void
document_changed_cb (WepImportDialog *self)
{
  g_assert (WEP_IS_IMPORT_DIALOG (self));

  if (self->file != NULL && !self->applying && !self->applied)
    _wep_import_dialog_start_reading (self, FALSE);
}

static void
kind_changed_cb (WepImportDialog *self)
{
  guint selected;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  selected = adw_combo_row_get_selected (self->kind_row);
  if (self->updating || selected >= WEP_N_IMPORT_KINDS || selected == self->kind)
    return;
  self->kind = selected;
  g_clear_pointer (&self->sheet, g_free);
  _wep_import_dialog_show_kind (self);
  if (self->file != NULL)
    _wep_import_dialog_start_reading (self, FALSE);
}

static void
sheet_changed_cb (WepImportDialog *self)
{
  GtkStringObject *item;

  g_assert (WEP_IS_IMPORT_DIALOG (self));

  item = adw_combo_row_get_selected_item (self->sheet_row);
  if (self->updating || item == NULL || self->file == NULL)
    return;
  wep_import_dialog_set_sheet (self, gtk_string_object_get_string (item));
}

/* ---- importing ----------------------------------------------------------- */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!wep_import_dialog_apply (self, &error))
    wep_dialog_show_error (GTK_WINDOW (self), _("Nothing Was Imported"), error);
}

/* ---- public ------------------------------------------------------------- */

gboolean
wep_import_dialog_get_busy (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), FALSE);
  return self->busy;
}

WepImportKind
wep_import_dialog_get_kind (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), WEP_IMPORT_PLANS);
  return self->kind;
}

const WepImportPreview *
wep_import_dialog_get_preview (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), NULL);
  return self->preview;
}

const GError *
wep_import_dialog_get_error (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), NULL);
  return self->error;
}

WepImportPreviewView *
wep_import_dialog_get_preview_view (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), NULL);
  return self->preview_view;
}

gboolean
wep_import_dialog_can_apply (WepImportDialog *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), FALSE);

  return !self->busy && self->preview != NULL && self->preview->rejected->len == 0
         && !wep_document_get_read_only (self->document);
}

gboolean
wep_import_dialog_apply (WepImportDialog  *self,
                         GError          **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_IMPORT_DIALOG (self), FALSE);

  if (self->busy || self->preview == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("There is nothing to import yet: choose a file and wait until it has "
                     "been read."));
      return FALSE;
    }
  if (!wep_dialog_check_writable (self->document, error))
    return FALSE;
  if (self->preview->rejected->len > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   ngettext ("%s: %u row is rejected, so nothing is imported. Correct it in "
                             "the file and read the file again.",
                             "%s: %u rows are rejected, so nothing is imported. Correct them "
                             "in the file and read the file again.",
                             self->preview->rejected->len),
                   self->preview->source, self->preview->rejected->len);
      return FALSE;
    }

  /* Translators: the name of a change in the undo menu; %s is the file */
  label = g_strdup_printf (_("Import %s"), self->preview->source);
  if (!wep_document_begin_change (self->document, label, error))
    return FALSE;
  self->applying = TRUE;
  ok = wep_import_apply (self->document, self->preview, error);
  wep_document_end_change (self->document);
  self->applying = FALSE;
  if (ok)
    {
      self->applied = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  return ok;
}

WepImportDialog *
wep_import_dialog_new (GtkWindow  *parent,
                       WepSession *session)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "session", session,
                       NULL);
}

void
wep_import_dialog_present (GtkWindow  *parent,
                           WepSession *session)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));

  gtk_window_present (GTK_WINDOW (wep_import_dialog_new (parent, session)));
}

/* ---- object ------------------------------------------------------------- */

static void
wep_import_dialog_constructed (GObject *object)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (object);
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (wep_import_dialog_parent_class)->constructed (object);

  self->document = g_object_ref (wep_session_get_document (self->session));
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (!wep_dialog_check_writable (self->document, &error))
    {
      gtk_label_set_text (self->read_only_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), TRUE);
    }
  _wep_import_dialog_show_kind (self);
}

/* Closed: whatever is being read is of no more use. */
static gboolean
wep_import_dialog_close_request (GtkWindow *window)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->applied = TRUE;
  return GTK_WINDOW_CLASS (wep_import_dialog_parent_class)->close_request != NULL
         && GTK_WINDOW_CLASS (wep_import_dialog_parent_class)->close_request (window);
}

static void
wep_import_dialog_dispose (GObject *object)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->preview_view != NULL)
    wep_import_preview_view_set_preview (self->preview_view, NULL);
  g_clear_pointer (&self->preview, wep_import_preview_free);
  g_clear_object (&self->document);
  g_clear_object (&self->session);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (wep_import_dialog_parent_class)->dispose (object);
}

static void
wep_import_dialog_finalize (GObject *object)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (object);

  g_free (self->sheet);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (wep_import_dialog_parent_class)->finalize (object);
}

static void
wep_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_import_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WepImportDialog *self = WEP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_import_dialog_class_init (WepImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wep_import_dialog_constructed;
  object_class->dispose = wep_import_dialog_dispose;
  object_class->finalize = wep_import_dialog_finalize;
  object_class->get_property = wep_import_dialog_get_property;
  object_class->set_property = wep_import_dialog_set_property;
  window_class->close_request = wep_import_dialog_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WEP_TYPE_IMPORT_PREVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/dialogs/"
                                               "wep-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, template_button);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, sheets);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, WepImportDialog, preview_view);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sheet_changed_cb);

  _wep_import_dialog_install_file_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  wep_dialogs_load_style ();
}

static void
wep_import_dialog_init (WepImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kind = WEP_IMPORT_PLANS;
}

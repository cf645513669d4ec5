/* wep-boundary-download-dialog.c: the official boundaries of a year from
 * PDOK, downloaded, previewed and imported
 *
 * The user chooses municipalities or provinces and the year; the download
 * (wep_pdok_fetch_async ()) shows its progress, features so far of those
 * the service says match, and can be stopped at any moment: a stopped or
 * failed download leaves nothing behind. A complete download is read in a
 * worker thread (wep-import-task.c) into the same preview as an import of
 * a file, with the service as the source of what it brings; Import makes
 * it one change of the plan. An error (no connection, an HTTP status, a
 * broken page) is shown as it is, with Retry. The download itself is in
 * wep-boundary-download-dialog-fetch.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-boundary-download-dialog-private.h"
#include "wep-dialog-common.h"
#include "wep-format.h"

#define FIRST_YEAR 1995

G_DEFINE_FINAL_TYPE (WepBoundaryDownloadDialog, wep_boundary_download_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BASE_URL,
  PROP_BUSY,
  PROP_N_FEATURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- state ------------------------------------------------------------- */

gboolean
_wep_boundary_download_dialog_is_busy (WepBoundaryDownloadDialog *self)
{
  return self->state == WEP_DOWNLOAD_DOWNLOADING || self->state == WEP_DOWNLOAD_READING;
}

static void
show_start_page (WepBoundaryDownloadDialog *self)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  if (self->state == WEP_DOWNLOAD_STOPPED)
    {
      adw_status_page_set_title (self->start_page, _("Download Stopped"));
      adw_status_page_set_description (self->start_page,
                                       _("Nothing was downloaded or imported. Download again "
                                         "when you are ready."));
    }
  else
    {
      adw_status_page_set_title (self->start_page, _("Download the Boundaries"));
      adw_status_page_set_description (self->start_page,
                                       _("The boundaries of the Centraal Bureau voor de "
                                         "Statistiek are downloaded and checked first; the "
                                         "plan changes only when you import them."));
    }
}

void
_wep_boundary_download_dialog_set_state (WepBoundaryDownloadDialog *self,
                                         WepDownloadState           state)
{
  gboolean was_busy, busy;

  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  was_busy = _wep_boundary_download_dialog_is_busy (self);
  self->state = state;
  switch (state)
    {
    case WEP_DOWNLOAD_START:
    case WEP_DOWNLOAD_STOPPED:
      show_start_page (self);
      gtk_stack_set_visible_child_name (self->stack, "start");
      break;
    case WEP_DOWNLOAD_DOWNLOADING:
      gtk_stack_set_visible_child_name (self->stack, "progress");
      break;
    case WEP_DOWNLOAD_READING:
      gtk_stack_set_visible_child_name (self->stack, "reading");
      break;
    case WEP_DOWNLOAD_READY:
      gtk_stack_set_visible_child_name (self->stack, "preview");
      break;
    case WEP_DOWNLOAD_FAILED:
      gtk_stack_set_visible_child_name (self->stack, "failed");
      break;
    default:
      g_assert_not_reached ();
    }
  busy = _wep_boundary_download_dialog_is_busy (self);
  gtk_spinner_set_spinning (self->spinner, state == WEP_DOWNLOAD_READING);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choice_group), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.start", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.stop", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.apply",
                                 wep_boundary_download_dialog_can_apply (self));
  if (was_busy != busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_wep_boundary_download_dialog_clear_result (WepBoundaryDownloadDialog *self)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  wep_import_preview_view_set_preview (self->preview_view, NULL);
  g_clear_pointer (&self->preview, wep_import_preview_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->error);
}

void
_wep_boundary_download_dialog_show_failure (WepBoundaryDownloadDialog *self,
              GError                    *error)
{
  const char *title = _("The Download Failed");
  const char *icon = "dialog-error-symbolic";

  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  _wep_boundary_download_dialog_clear_result (self);
  self->error = error;
  if (g_error_matches (error, WEP_PDOK_ERROR, WEP_PDOK_ERROR_OFFLINE))
    {
      title = _("No Connection");
      icon = "network-offline-symbolic";
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      title = _("The Service Does Not Answer");
      icon = "network-offline-symbolic";
    }
  else if (error->domain != WEP_PDOK_ERROR && error->domain != G_IO_ERROR)
    title = _("The Boundaries Cannot Be Read");
  adw_status_page_set_title (self->failed_page, title);
  adw_status_page_set_icon_name (self->failed_page, icon);
  adw_status_page_set_description (self->failed_page, error->message);
  _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_FAILED);
}

static void
show_progress (WepBoundaryDownloadDialog *self)
{
  g_autofree char *done = wep_format_count (self->n_features);
  g_autofree char *text = NULL;
  gboolean provinces = self->level == WEP_PDOK_PROVINCES;

  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  if (self->n_matched > 0)
    {
      g_autofree char *all = wep_format_count (self->n_matched);

      gtk_progress_bar_set_fraction (self->progress_bar,
                                     MIN (1.0, (double) self->n_features / self->n_matched));
      text = provinces
        /* Translators: download progress, e.g. "5 of 12 provinces" */
        ? g_strdup_printf (ngettext ("%s of %s province", "%s of %s provinces",
                                     (gulong) self->n_matched), done, all)
        /* Translators: download progress, e.g. "100 of 342 municipalities" */
        : g_strdup_printf (ngettext ("%s of %s municipality", "%s of %s municipalities",
                                     (gulong) self->n_matched), done, all);
    }
  else
    {
      if (self->n_features > 0)
        gtk_progress_bar_pulse (self->progress_bar);
      else
        gtk_progress_bar_set_fraction (self->progress_bar, 0);
      text = provinces
        /* Translators: download progress when the total is not known */
        ? g_strdup_printf (ngettext ("%s province", "%s provinces", self->n_features), done)
        : g_strdup_printf (ngettext ("%s municipality", "%s municipalities", self->n_features),
                           done);
    }
  gtk_progress_bar_set_text (self->progress_bar, text);
}

void
_wep_boundary_download_dialog_set_progress (WepBoundaryDownloadDialog *self,
                                            guint                      n_features,
                                            gint64                     n_matched)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  self->n_features = n_features;
  self->n_matched = n_matched;
  show_progress (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FEATURES]);
}

/* The plan changed (an undo in the window): what the download would do
 * changed with it. */
static void
document_changed_cb (WepBoundaryDownloadDialog *self)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  if ((self->state == WEP_DOWNLOAD_READY || self->state == WEP_DOWNLOAD_READING)
      && !self->applying && !self->applied)
    _wep_boundary_download_dialog_read_download (self);
}

static void
show_year_subtitle (WepBoundaryDownloadDialog *self)
{
  adw_action_row_set_subtitle (self->year_row,
                               self->level == WEP_PDOK_PROVINCES
                               ? _("The division into provinces of 1 July of that year")
                               : _("The division into municipalities of 1 July of that year"));
}

void
_wep_boundary_download_dialog_show_choice (WepBoundaryDownloadDialog *self,
                                           WepPdokLevel               level,
                                           int                        year)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  self->updating = TRUE;
  adw_combo_row_set_selected (self->level_row, level == WEP_PDOK_PROVINCES ? 1 : 0);
  gtk_spin_button_set_value (self->year_spin, year);
  self->updating = FALSE;
  self->level = level;
  self->year = year;
  show_year_subtitle (self);
}

/* A choice of level or year: what was downloaded no longer fits. */
static void
choice_changed_cb (WepBoundaryDownloadDialog *self)
{
  g_assert (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self));

  if (self->updating || _wep_boundary_download_dialog_is_busy (self))
    return;
  self->level = adw_combo_row_get_selected (self->level_row) == 1 ? WEP_PDOK_PROVINCES
                                                                  : WEP_PDOK_MUNICIPALITIES;
  self->year = gtk_spin_button_get_value_as_int (self->year_spin);
  show_year_subtitle (self);
  if (self->state != WEP_DOWNLOAD_START)
    {
      _wep_boundary_download_dialog_clear_result (self);
      _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_START);
    }
}

/* ---- actions ------------------------------------------------------------- */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (widget);

  wep_boundary_download_dialog_start (self, self->level, self->year);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  wep_boundary_download_dialog_stop (WEP_BOUNDARY_DOWNLOAD_DIALOG (widget));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!wep_boundary_download_dialog_apply (self, &error))
    wep_dialog_show_error (GTK_WINDOW (self), _("Nothing Was Imported"), error);
}

/* ---- public ------------------------------------------------------------- */

gboolean
wep_boundary_download_dialog_get_busy (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), FALSE);
  return _wep_boundary_download_dialog_is_busy (self);
}

gboolean
wep_boundary_download_dialog_get_stopped (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), FALSE);
  return self->state == WEP_DOWNLOAD_STOPPED;
}

guint
wep_boundary_download_dialog_get_n_features (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), 0);
  return self->n_features;
}

gint64
wep_boundary_download_dialog_get_n_matched (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), -1);
  return self->n_matched;
}

const GError *
wep_boundary_download_dialog_get_error (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), NULL);
  return self->error;
}

const WepImportPreview *
wep_boundary_download_dialog_get_preview (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), NULL);
  return self->preview;
}

WepImportPreviewView *
wep_boundary_download_dialog_get_preview_view (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), NULL);
  return self->preview_view;
}

gboolean
wep_boundary_download_dialog_can_apply (WepBoundaryDownloadDialog *self)
{
  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), FALSE);

  return self->state == WEP_DOWNLOAD_READY && self->preview != NULL
         && self->preview->rejected->len == 0
         && !wep_document_get_read_only (self->document);
}

gboolean
wep_boundary_download_dialog_apply (WepBoundaryDownloadDialog  *self,
                                    GError                    **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_BOUNDARY_DOWNLOAD_DIALOG (self), FALSE);

  if (self->state != WEP_DOWNLOAD_READY || self->preview == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("There is nothing to import yet: download the boundaries and wait until "
                     "they have been checked."));
      return FALSE;
    }
  if (!wep_dialog_check_writable (self->document, error))
    return FALSE;
  if (self->preview->rejected->len > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   ngettext ("%s: %u area is rejected, so nothing is imported.",
                             "%s: %u areas are rejected, so nothing is imported.",
                             self->preview->rejected->len),
                   self->preview->source, self->preview->rejected->len);
      return FALSE;
    }

  label = self->level == WEP_PDOK_PROVINCES
    /* Translators: the name of a change in the undo menu; %d is the year */
    ? g_strdup_printf (_("Import provincial boundaries of %d"), self->year)
    /* Translators: the name of a change in the undo menu; %d is the year */
    : g_strdup_printf (_("Import municipal boundaries of %d"), self->year);
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

WepBoundaryDownloadDialog *
wep_boundary_download_dialog_new (GtkWindow  *parent,
                                  WepSession *session,
                                  const char *base_url)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_BOUNDARY_DOWNLOAD_DIALOG,
                       "transient-for", parent,
                       "session", session,
                       "base-url", base_url,
                       NULL);
}

void
wep_boundary_download_dialog_present (GtkWindow  *parent,
                                      WepSession *session,
                                      const char *base_url)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));

  gtk_window_present (GTK_WINDOW (wep_boundary_download_dialog_new (parent, session, base_url)));
}

/* ---- object ------------------------------------------------------------- */

/* The plan's division year, else this year. */
static int
default_year (WepDocument *document,
              int          this_year,
              int          last)
{
  g_autofree char *meta = wep_document_get_meta (document, "division_year");
  gint64 year = 0;

  if (meta != NULL && g_ascii_string_to_signed (meta, 10, FIRST_YEAR, last, &year, NULL))
    return (int) year;
  return MIN (last, this_year);
}

static void
wep_boundary_download_dialog_constructed (GObject *object)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (object);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  int last = g_date_time_get_year (now) + 1;

  G_OBJECT_CLASS (wep_boundary_download_dialog_parent_class)->constructed (object);

  if (self->base_url == NULL)
    self->base_url = g_strdup (WEP_PDOK_DEFAULT_BASE_URL);
  self->document = g_object_ref (wep_session_get_document (self->session));
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (!wep_dialog_check_writable (self->document, &error))
    {
      gtk_label_set_text (self->read_only_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), TRUE);
    }

  adw_action_row_set_subtitle (self->service_row, self->base_url);
  self->updating = TRUE;
  gtk_adjustment_set_upper (self->year_adjustment, last);
  self->year = default_year (self->document, g_date_time_get_year (now), last);
  gtk_spin_button_set_value (self->year_spin, self->year);
  self->updating = FALSE;
  self->level = WEP_PDOK_MUNICIPALITIES;
  _wep_boundary_download_dialog_set_state (self, WEP_DOWNLOAD_START);
}

/* Closed: a download under way stops (its end finds nothing to show). */
static gboolean
wep_boundary_download_dialog_close_request (GtkWindow *window)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (window);

  self->applied = TRUE;
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (wep_boundary_download_dialog_parent_class)->close_request != NULL
         && GTK_WINDOW_CLASS (wep_boundary_download_dialog_parent_class)->close_request (window);
}

static void
wep_boundary_download_dialog_dispose (GObject *object)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (object);

  /* A download under way stops; its callback finds the dialog gone. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->preview_view != NULL)
    wep_import_preview_view_set_preview (self->preview_view, NULL);
  g_clear_pointer (&self->preview, wep_import_preview_free);
  g_clear_object (&self->document);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_boundary_download_dialog_parent_class)->dispose (object);
}

static void
wep_boundary_download_dialog_finalize (GObject *object)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (object);

  g_free (self->base_url);
  g_free (self->path);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (wep_boundary_download_dialog_parent_class)->finalize (object);
}

static void
wep_boundary_download_dialog_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, _wep_boundary_download_dialog_is_busy (self));
      break;
    case PROP_N_FEATURES:
      g_value_set_uint (value, self->n_features);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_boundary_download_dialog_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  WepBoundaryDownloadDialog *self = WEP_BOUNDARY_DOWNLOAD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_BASE_URL:
      self->base_url = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_boundary_download_dialog_class_init (WepBoundaryDownloadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wep_boundary_download_dialog_constructed;
  object_class->dispose = wep_boundary_download_dialog_dispose;
  object_class->finalize = wep_boundary_download_dialog_finalize;
  object_class->get_property = wep_boundary_download_dialog_get_property;
  object_class->set_property = wep_boundary_download_dialog_set_property;
  window_class->close_request = wep_boundary_download_dialog_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_FEATURES] =
    g_param_spec_uint ("n-features", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WEP_TYPE_IMPORT_PREVIEW_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/dialogs/"
                                               "wep-boundary-download-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, choice_group);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, level_row);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, start_page);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, WepBoundaryDownloadDialog, preview_view);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "download.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "download.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "download.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  wep_dialogs_load_style ();
}

static void
wep_boundary_download_dialog_init (WepBoundaryDownloadDialog *self)
{
  self->n_matched = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* wep-report-print.c: the council report from the window: printed through
 * the system's print dialog, or exported as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>

#include "wep-report-print-private.h"
#include "wep-report.h"
#include "wep-settings.h"
#include "wep-suppress.h"

/* The progress dialog shows only for work that takes longer than this. */
static guint progress_delay_ms = 400;
static guint n_ended;

/* ---- the page setup, remembered ----------------------------------------------- */

static GtkPrintSettings *print_settings;
static GtkPageSetup *page_setup;

char *
wep_report_print_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "wonen-eerst-planner", "print.ini", NULL);
}

/* The last choices of this session, else those kept from an earlier one,
 * else A4 portrait. */
static void
load_print_settings (void)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = NULL;

  if (page_setup != NULL)
    return;
  path = wep_report_print_settings_path ();
  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      print_settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
      page_setup = gtk_page_setup_new_from_key_file (file, NULL, NULL);
    }
  if (page_setup == NULL)
    {
      g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
      gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
    }
}

static void
save_print_settings (GtkPrintOperation *operation)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = wep_report_print_settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;

  g_set_object (&print_settings, gtk_print_operation_get_print_settings (operation));
  g_set_object (&page_setup, gtk_print_operation_get_default_page_setup (operation));
  if (print_settings != NULL)
    gtk_print_settings_to_key_file (print_settings, file, NULL);
  gtk_page_setup_to_key_file (page_setup, file, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0
      || !g_key_file_save_to_file (file, path, &error))
    g_message ("The print settings could not be kept in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

/* ---- a report being made ---------------------------------------------------------- */

typedef enum
{
  JOB_PRINT,
  JOB_PDF,
} JobKind;

typedef struct
{
  JobKind        kind;
  GtkWindow     *parent;
  WepDocument   *copy;
  char          *scenario;
  char          *region;
  char          *organisation;
  char          *path;           /* JOB_PDF */
  int            threshold;
  WepFairShareKey key;
  GCancellable  *cancellable;
  GtkPrintOperationAction action;  /* JOB_PRINT */
  GtkWidget     *progress;
  guint          progress_id;
  WepReport     *report;         /* JOB_PRINT, once made */
  gboolean      *ended;          /* set while the print operation runs */
} Job;

static void
job_free (Job *job)
{
  n_ended++;
  g_clear_handle_id (&job->progress_id, g_source_remove);
  if (job->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (job->progress));
  g_clear_pointer (&job->report, wep_report_free);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->copy);
  g_clear_object (&job->parent);
  g_free (job->scenario);
  g_free (job->region);
  g_free (job->organisation);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Report Not Made"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast in the window's toast overlay, when it has one. */
static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *overlay = ADW_IS_TOAST_OVERLAY (child) ? ADW_TOAST_OVERLAY (child)
                                                               : find_toast_overlay (child);

      if (overlay != NULL)
        return overlay;
    }
  return NULL;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Job              *job)
{
  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));

  /* The report ends soon, and then the dialog goes. */
  g_cancellable_cancel (job->cancellable);
  adw_message_dialog_set_body (dialog, _("Stopping…"));
}

static gboolean
show_progress_cb (gpointer data)
{
  Job *job = data;
  GtkWidget *spinner = gtk_spinner_new ();

  job->progress_id = 0;
  job->progress = adw_message_dialog_new (job->parent, _("Making the Report"),
                                          _("Running the scenario, the homes needed and the "
                                            "uncertainty, and laying out the pages…"));
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Making the report"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (job->progress), spinner);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (job->progress), "cancel", _("_Cancel"));
  g_signal_connect (job->progress, "response", G_CALLBACK (progress_response_cb), job);
  /* Whoever closes it first, the user or the report. */
  g_object_add_weak_pointer (G_OBJECT (job->progress), (gpointer *) &job->progress);
  gtk_window_present (GTK_WINDOW (job->progress));
  return G_SOURCE_REMOVE;
}

static void
make_report_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  Job *job = data;
  WepReportOptions options;
  g_autoptr (WepReport) report = NULL;
  GError *error = NULL;

  wep_report_options_init (&options);
  options.scenario = job->scenario;
  options.region = job->region;
  options.privacy_threshold = job->threshold;
  options.organisation = job->organisation;
  options.key = job->key;
  report = wep_report_new (job->copy, &options, cancellable, &error);
  /* A PDF is laid out and drawn here too: Pango's fonts belong to the
   * thread that uses them, so all of it stays in this one. */
  if (report != NULL && job->kind == JOB_PDF
      && !wep_report_write_pdf (report, job->path, cancellable, &error))
    g_clear_pointer (&report, wep_report_free);
  if (report == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) wep_report_free);
}

/* ---- printing ------------------------------------------------------------------- */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  g_assert (GTK_IS_PRINT_OPERATION (operation));

  gtk_print_operation_set_n_pages (operation,
                                   wep_report_paginate (job->report,
                                                        gtk_print_context_get_width (context),
                                                        gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  g_assert (GTK_IS_PRINT_OPERATION (operation));

  wep_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               Job                     *job)
{
  g_autoptr (GError) error = NULL;

  g_assert (GTK_IS_PRINT_OPERATION (operation));

  if (job->ended != NULL)
    *job->ended = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_print_settings (operation);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (job->parent, error != NULL ? error->message : _("The report could not be "
                                                                  "printed."));
    }
  job_free (job);
  g_object_unref (operation);
}

static void
print (Job *job)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s, %s", wep_report_get_region_name (job->report),
                                           wep_report_get_scenario (job->report));
  GtkPrintOperationResult result;
  gboolean ended = FALSE;

  load_print_settings ();
  gtk_print_operation_set_job_name (operation, name);
  if (print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The report keeps its own margins: its pages begin at the paper's
   * corner, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), job);

  if (job->path != NULL)
    gtk_print_operation_set_export_filename (operation, job->path);
  /* "done" may come during the run (then the job is gone when it
   * returns), later (in progress), or not at all. */
  job->ended = &ended;
  result = gtk_print_operation_run (operation, job->action, job->parent, &error);
  if (ended)
    return;
  job->ended = NULL;
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    return;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (job->parent, error != NULL ? error->message
                                            : _("The report could not be printed."));
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_print_settings (operation);
  job_free (job);
  g_object_unref (operation);
}

/* ---- starting ------------------------------------------------------------------------- */

static void
report_made_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr (Job) job = data;
  g_autoptr (GError) error = NULL;
  WepReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  g_clear_handle_id (&job->progress_id, g_source_remove);
  if (job->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (job->progress));
  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (job->parent, error->message);
      return;
    }

  if (job->kind == JOB_PRINT)
    {
      job->report = report;
      print (g_steal_pointer (&job));
      return;
    }

  wep_report_free (report);
  {
    AdwToastOverlay *overlay = find_toast_overlay (GTK_WIDGET (job->parent));
    g_autofree char *name = g_filename_display_basename (job->path);
    /* Translators: after "Export as PDF…", %s is the file's name */
    g_autofree char *text = g_strdup_printf (_("Report exported to %s"), name);

    if (overlay != NULL)
      adw_toast_overlay_add_toast (overlay, adw_toast_new (text));
  }
}

static Job *
job_new (JobKind     kind,
         GtkWindow  *parent,
         WepSession *session,
         const char *region)
{
  g_autoptr (GSettings) settings = wep_settings_new ();
  g_autoptr (Job) job = g_new0 (Job, 1);
  g_autoptr (GError) error = NULL;

  if (wep_session_get_scenario (session) == NULL)
    {
      show_error (parent, _("The plan has no scenario yet: a report shows a scenario. Make one "
                            "on the Scenario’s page."));
      return NULL;
    }
  job->copy = wep_document_copy (wep_session_get_document (session), &error);
  if (job->copy == NULL)
    {
      show_error (parent, error->message);
      return NULL;
    }
  job->kind = kind;
  job->parent = g_object_ref (parent);
  job->scenario = g_strdup (wep_session_get_scenario (session));
  job->region = g_strdup (region);
  job->key = wep_session_get_fair_share_key (session);
  job->threshold = settings != NULL ? g_settings_get_int (settings, "privacy-threshold")
                                    : WEP_PRIVACY_DEFAULT_THRESHOLD;
  job->organisation = settings != NULL ? g_settings_get_string (settings, "report-organisation")
                                       : NULL;
  job->cancellable = g_cancellable_new ();
  return g_steal_pointer (&job);
}

static void
start (Job *job)
{
  g_autoptr (GTask) task = g_task_new (NULL, job->cancellable, report_made_cb, job);

  g_task_set_name (task, "[wep] report");
  g_task_set_task_data (task, job, NULL);
  g_task_set_return_on_cancel (task, FALSE);
  job->progress_id = g_timeout_add (progress_delay_ms, show_progress_cb, job);
  g_task_run_in_thread (task, make_report_thread);
}

void
_wep_report_print_with_action (GtkWindow               *parent,
                               WepSession              *session,
                               const char              *region,
                               GtkPrintOperationAction  action,
                               const char              *export_path)
{
  Job *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));

  if ((job = job_new (JOB_PRINT, parent, session, region)) == NULL)
    return;
  job->action = action;
  job->path = g_strdup (export_path);
  start (job);
}

void
wep_report_print (GtkWindow  *parent,
                  WepSession *session,
                  const char *region)
{
  _wep_report_print_with_action (parent, session, region,
                                 GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL);
}

void
_wep_report_export_pdf_to (GtkWindow  *parent,
                           WepSession *session,
                           const char *region,
                           const char *path)
{
  Job *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));
  g_return_if_fail (path != NULL);

  if ((job = job_new (JOB_PDF, parent, session, region)) == NULL)
    return;
  job->path = g_strdup (path);
  start (job);
}

guint
_wep_report_print_get_n_ended (void)
{
  return n_ended;
}

void
_wep_report_print_set_progress_delay (guint ms)
{
  progress_delay_ms = ms;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Job             *job)
{
  g_autoptr (GFile) file = NULL;

  g_assert (GTK_IS_NATIVE_DIALOG (chooser));

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && (job->path = g_file_get_path (file)) != NULL)
    {
      if (!g_str_has_suffix (job->path, ".pdf") && !g_str_has_suffix (job->path, ".PDF"))
        {
          char *with_extension = g_strconcat (job->path, ".pdf", NULL);

          g_free (job->path);
          job->path = with_extension;
        }
      start (job);
    }
  else
    job_free (job);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
wep_report_export_pdf (GtkWindow  *parent,
                       WepSession *session,
                       const char *region)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  Job *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));

  if ((job = job_new (JOB_PDF, parent, session, region)) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Report as PDF"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the file name a report is offered under; %s is the scenario */
  name = g_strdup_printf (_("report-%s.pdf"), job->scenario);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

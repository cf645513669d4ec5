/* test-report-print.c: the report from the window: printed through GTK's
 * print operation and exported as PDF
 *
 * Over the example plan: "Export as PDF" writes the report a toast names;
 * GTK's print operation (its export action, which draws every page
 * through the same begin-print and draw-page handlers as the print
 * dialog) gives the very pages and text of the PDF the command line
 * writes, and the page setup it used is kept for the next time; the
 * privacy threshold of the settings reaches the report; a report of many
 * regions shows its progress dialog and Cancel stops it, leaving no file
 * and no error. Screenshots of the progress dialog, light and dark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gui-test-util.h"
#include "reports/wep-report-print-private.h"
#include "wep-example.h"
#include "wep-settings.h"

typedef struct
{
  WepDocument *doc;
  WepSession  *session;
  GtkWindow   *window;
  char        *dir;
} Fixture;

static char *tmp_dir;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->doc = wep_example_document ();
  f->session = wep_session_new (f->doc);
  f->window = GTK_WINDOW (adw_window_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("Plan"));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 1024, 768);
  gtk_window_present (f->window);
  gui_test_wait_until_drawn (GTK_WIDGET (f->window), "the window is drawn");
  f->dir = g_build_filename (tmp_dir, g_test_get_path (), NULL);
  g_mkdir_with_parents (f->dir, 0700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->session);
  g_clear_object (&f->doc);
  g_free (f->dir);
}

typedef struct
{
  guint ended;
} Waiting;

static gboolean
report_ended (gpointer data)
{
  return _wep_report_print_get_n_ended () >= ((Waiting *) data)->ended;
}

static void
wait_for_report (guint       before,
                 const char *what)
{
  Waiting waiting = { before + 1 };

  gui_test_wait_until (report_ended, &waiting, what);
}

/* A tool's standard output, or the test fails. */
static char *
run_tool (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

static int
count_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };

  return run_tool (argv);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "rapport.pdf", NULL);
  g_autofree char *text = NULL;
  guint before = _wep_report_print_get_n_ended ();

  _wep_report_export_pdf_to (f->window, f->session, NULL, path);
  wait_for_report (before, "the report is exported");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_null (gui_test_find_message_dialog ());
  g_assert_cmpint (count_pages (path), >=, 10);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, WEP_EXAMPLE_REGION_NAME));
  /* The settings' threshold: the allocations of Hattem (4 homes) hidden. */
  g_assert_nonnull (strstr (text, "< 10"));
}

/* GTK's print operation draws the same pages as the PDF of the command
 * line: the same number, the same words. */
static void
test_print_operation (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "exported.pdf", NULL);
  g_autofree char *kept = wep_report_print_settings_path ();
  g_autofree char *text_printed = NULL;
  g_autofree char *text_exported = NULL;
  g_autofree char *settings = NULL;
  guint before = _wep_report_print_get_n_ended ();

  _wep_report_print_with_action (f->window, f->session, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                 printed);
  wait_for_report (before, "the print operation ends");
  g_assert_true (g_file_test (printed, G_FILE_TEST_IS_REGULAR));
  g_assert_null (gui_test_find_message_dialog ());

  before = _wep_report_print_get_n_ended ();
  _wep_report_export_pdf_to (f->window, f->session, NULL, exported);
  wait_for_report (before, "the report is exported");

  g_assert_cmpint (count_pages (printed), ==, count_pages (exported));
  text_printed = pdf_text (printed);
  text_exported = pdf_text (exported);
  g_assert_cmpstr (text_printed, ==, text_exported);

  /* The page setup of the print is kept for the next session. */
  g_assert_true (g_file_get_contents (kept, &settings, NULL, NULL));
  g_assert_nonnull (strstr (settings, "[Page Setup]"));
  g_assert_nonnull (strstr (settings, "Width=210\n"));
  g_assert_nonnull (strstr (settings, "Height=297\n"));
  g_assert_nonnull (strstr (settings, "Orientation=portrait\n"));
}

/* The settings' threshold reaches the report: 0 shows every count. */
static void
test_threshold_setting (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr (GSettings) settings = wep_settings_new ();
  g_autofree char *path = g_build_filename (f->dir, "all.pdf", NULL);
  g_autofree char *text = NULL;
  guint before = _wep_report_print_get_n_ended ();

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "privacy-threshold", 0);
  g_settings_set_string (settings, "report-organisation", "Gemeente Zwolle, team Wonen");
  _wep_report_export_pdf_to (f->window, f->session, NULL, path);
  wait_for_report (before, "the report is exported");
  g_settings_reset (settings, "privacy-threshold");
  g_settings_reset (settings, "report-organisation");

  text = pdf_text (path);
  g_assert_null (strstr (text, "< 10"));
  g_assert_nonnull (strstr (text, "Gemeente Zwolle, team Wonen"));
}

/* A plan of many regions: the progress dialog shows, Cancel stops the
 * work, and no file and no error are left. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr (WepModelInput) example = wep_example_input ();
  g_autoptr (WepModelInput) many = wep_model_input_new (example->base_year,
                                                        example->horizon_years);
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *progress;
  guint before;
  gint64 prov;

  /* 600 copies of the example region: seconds of work. */
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *name = g_strdup_printf ("Regio %03u", i + 1);
      WepRegionInput *region = wep_model_input_add_region (many, name);
      const WepRegionInput *from = wep_model_input_region (example, 0);

      memcpy (region->scalar, from->scalar, sizeof region->scalar);
      memcpy (region->has_range, from->has_range, sizeof region->has_range);
      memcpy (region->range, from->range, sizeof region->range);
      for (guint k = 0; k < WEP_N_YEARLY; k++)
        {
          memcpy (region->yearly[k], from->yearly[k], sizeof (double) * example->horizon_years);
          for (int y = 0; from->yearly_range[k] != NULL && y < example->horizon_years; y++)
            wep_region_input_set_yearly_range (region, example->horizon_years, k, y,
                                               from->yearly_range[k][y]);
        }
    }
  prov = wep_document_add_provenance (f->doc, "handmatig", "test", "", &error);
  g_assert_no_error (error);
  g_assert_true (wep_document_store_scenario (f->doc, "Veel regio's", many, prov, &error));
  g_assert_no_error (error);
  wep_session_set_scenario (f->session, "Veel regio's");

  _wep_report_print_set_progress_delay (0);
  before = _wep_report_print_get_n_ended ();
  _wep_report_export_pdf_to (f->window, f->session, NULL, path);
  progress = gui_test_wait_for_message_dialog ("the progress dialog shows");
  gui_test_save_screenshot (GTK_WIDGET (progress), "progress-light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gui_test_save_screenshot (GTK_WIDGET (progress), "progress-dark");
  adw_message_dialog_response (progress, "cancel");
  wait_for_report (before, "the cancelled report ends");
  _wep_report_print_set_progress_delay (400);

  gui_test_settle (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (gui_test_find_message_dialog ());
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmp_dir = gui_test_make_tmp_dir ("wep-test-report-print");
  if (!gui_test_init (&argc, &argv, tmp_dir))
    return 77;

  g_test_add ("/report-print/export-pdf", Fixture, NULL, fixture_set_up, test_export_pdf,
              fixture_tear_down);
  g_test_add ("/report-print/print-operation", Fixture, NULL, fixture_set_up,
              test_print_operation, fixture_tear_down);
  g_test_add ("/report-print/threshold-setting", Fixture, NULL, fixture_set_up,
              test_threshold_setting, fixture_tear_down);
  g_test_add ("/report-print/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  status = g_test_run ();
  gui_test_remove_tree (tmp_dir);
  return status;
}

/* test-import-dialog.c: importing a spreadsheet through the dialog
 *
 * A CSV of plans with one bad row: the dialog reads it (in a worker
 * thread), lists the rejected row with its line, column and reason, and
 * will not import; the row corrected, the file is read again and imported
 * as one change, which undo takes back. A read-only plan refuses the
 * import with the reason. Screenshots: import-dialog-rejected.png (and
 * -dark), import-dialog-ready.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gdal.h>
#include <glib/gi18n.h>
#include <ogr_api.h>
#include <glib/gstdio.h>

#include "dialog-test-util.h"
#include "dialogs/wep-import-dialog.h"
#include "wep-example.h"
#include "wep-plan-rows.h"
#include "wep-test-util.h"

#define HEADER "gemeente;jaar;woonvorm;aantal;status;bron;datum bron;opmerking\n"

static GFile *
write_csv (const char *name,
           const char *text)
{
  g_autofree char *path = wep_test_tmp_path (name);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
count_plans (WepDocument *doc,
             int          year)
{
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += year == 0 || ((WepPlanRow *) g_ptr_array_index (rows, i))->year == year;
  return n;
}

static const char *
string_at (GListModel *model,
           guint       position)
{
  g_autoptr (GtkStringObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

static GtkWidget *
import_button (WepImportDialog *dialog)
{
  GObject *button = gtk_widget_get_template_child (GTK_WIDGET (dialog), WEP_TYPE_IMPORT_DIALOG,
                                                   "import_button");

  g_assert_true (GTK_IS_BUTTON (button));
  return GTK_WIDGET (button);
}

static void
test_import_csv (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *where = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepImportDialog *dialog;
  WepImportPreviewView *view;
  const WepImportPreview *preview;
  const WepImportProblem *problem;
  GListModel *rejected;
  guint n_before = count_plans (doc, 0);
  const char *undo_before = wep_document_get_undo_label (doc);

  /* Line 3 (the header is line 1) has a negative number of homes. */
  file = write_csv ("plannen.csv",
                    HEADER
                    "Zwolle;2095;hf;12;gepland;Woonzorgvisie;2025-06-30;\n"
                    "Kampen;2096;ind;-4;gepland;Woonzorgvisie;2025-06-30;nog bespreken\n");
  dialog = g_object_ref_sink (wep_import_dialog_new (parent, session));
  gtk_window_present (GTK_WINDOW (dialog));
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, file);
  g_assert_true (wep_import_dialog_get_busy (dialog));
  dialog_test_wait_idle (dialog);

  g_assert_null (wep_import_dialog_get_error (dialog));
  preview = wep_import_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->n_rows, ==, 2);
  g_assert_cmpuint (preview->understood->len, ==, 1);
  g_assert_cmpuint (preview->rejected->len, ==, 1);
  problem = g_ptr_array_index (preview->rejected, 0);
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_cmpstr (problem->column_name, ==, "aantal");
  g_assert_nonnull (strstr (problem->reason, "-4"));

  /* The list shows the row with its line, column and reason. */
  view = wep_import_dialog_get_preview_view (dialog);
  rejected = wep_import_preview_view_get_rejected (view);
  g_assert_cmpuint (g_list_model_get_n_items (rejected), ==, 1);
  where = g_strdup_printf (_("Line %u, column %u (%s)"), 3, problem->column, "aantal");
  g_assert_true (g_str_has_prefix (string_at (rejected, 0), where));
  g_assert_nonnull (strstr (string_at (rejected, 0), problem->reason));
  g_assert_cmpuint (g_list_model_get_n_items (wep_import_preview_view_get_understood (view)),
                    ==, 1);
  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-rejected", TRUE);
  /* On screen: the rejected row first, with its place and its reason. */
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), where));
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), problem->reason));

  /* Import is not possible, and refused when asked for all the same. */
  g_assert_false (wep_import_dialog_can_apply (dialog));
  g_assert_false (gtk_widget_is_sensitive (import_button (dialog)));
  g_assert_false (wep_import_dialog_apply (dialog, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "plannen.csv"));
  g_clear_error (&error);
  g_assert_cmpuint (count_plans (doc, 0), ==, n_before);
  g_assert_true (wep_document_get_undo_label (doc) == undo_before);

  /* The row corrected in the file and read again: Import is possible. */
  g_object_unref (file);
  file = write_csv ("plannen.csv",
                    HEADER
                    "Zwolle;2095;hf;12;gepland;Woonzorgvisie;2025-06-30;\n"
                    "Kampen;2096;ind;4;gepland;Woonzorgvisie;2025-06-30;nog bespreken\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.reload", NULL));
  dialog_test_wait_idle (dialog);
  preview = wep_import_dialog_get_preview (dialog);
  g_assert_nonnull (preview);
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_cmpuint (preview->understood->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (wep_import_preview_view_get_rejected (view)), ==, 0);
  g_assert_true (wep_import_dialog_can_apply (dialog));
  g_assert_true (gtk_widget_is_sensitive (import_button (dialog)));
  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-ready", FALSE);

  /* Imported as one change named after the file; the dialog closes. */
  g_assert_true (wep_import_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_plans (doc, 0), ==, n_before + 2);
  g_assert_cmpuint (count_plans (doc, 2095), ==, 1);
  g_assert_cmpuint (count_plans (doc, 2096), ==, 1);
  label = g_strdup_printf (_("Import %s"), "plannen.csv");
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, label);

  /* Undo takes the whole import back. */
  g_assert_true (wep_document_undo (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_plans (doc, 0), ==, n_before);
  g_assert_cmpuint (count_plans (doc, 2095), ==, 0);

  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* When the plan changes under the dialog, the preview follows it. */
static void
test_follows_plan (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepImportDialog *dialog;
  const WepImportPreview *first;
  const WepImportPreview *again;

  file = write_csv ("later.csv", HEADER "Zwolle;2097;hf;3;gepland;Brief;2025-06-30;\n");
  dialog = g_object_ref_sink (wep_import_dialog_new (parent, session));
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, file);
  dialog_test_wait_idle (dialog);
  first = wep_import_dialog_get_preview (dialog);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->rejected->len, ==, 0);
  /* A new row: it replaces nothing. */
  g_assert_null (strstr (g_ptr_array_index (first->understood, 0), "later.csv"));

  /* The same rows imported behind the dialog's back (as an undo in the
   * window would change the plan): the preview is read again. */
  {
    g_autoptr (WepImportPreview) direct =
      wep_import_table_preview (doc, g_file_peek_path (file), WEP_IMPORT_PLANS, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (wep_document_begin_change (doc, "test", &error));
    g_assert_true (wep_import_apply (doc, direct, &error));
    wep_document_end_change (doc);
    g_assert_no_error (error);
  }
  g_assert_true (wep_import_dialog_get_busy (dialog));
  dialog_test_wait_idle (dialog);
  again = wep_import_dialog_get_preview (dialog);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->rejected->len, ==, 0);
  /* Now it would replace the row imported from the same file. */
  g_assert_nonnull (strstr (g_ptr_array_index (again->understood, 0), "later.csv"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* A sheet of text cells through GDAL: values[row][field]. */
static void
add_sheet (GDALDatasetH       ds,
           const char        *sheet,
           const char *const *fields,
           guint              n_fields,
           const char *const *values,
           guint              n_rows)
{
  OGRLayerH layer = GDALDatasetCreateLayer (ds, sheet, NULL, wkbNone, NULL);

  g_assert_nonnull (layer);
  for (guint f = 0; f < n_fields; f++)
    {
      OGRFieldDefnH defn = OGR_Fld_Create (fields[f], OFTString);

      g_assert_cmpint (OGR_L_CreateField (layer, defn, TRUE), ==, OGRERR_NONE);
      OGR_Fld_Destroy (defn);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      OGRFeatureH feature = OGR_F_Create (OGR_L_GetLayerDefn (layer));

      for (guint f = 0; f < n_fields; f++)
        OGR_F_SetFieldString (feature, f, values[r * n_fields + f]);
      g_assert_cmpint (OGR_L_CreateFeature (layer, feature), ==, OGRERR_NONE);
      OGR_F_Destroy (feature);
    }
}

static GFile *
write_workbook (const char *name)
{
  static const char *const plan_fields[] = { "gemeente", "jaar", "woonvorm", "aantal" };
  static const char *const plans[] = { "Zwolle", "2095", "hf", "5" };
  static const char *const figure_fields[] = {
    "gemeente", "gemeentenaam", "inwoners", "jaar", "verhuringen",
  };
  static const char *const figures[] = { "GM0193", "Zwolle", "132000", "2026", "1200" };
  g_autofree char *path = wep_test_tmp_path (name);
  GDALDatasetH ds;

  GDALAllRegister ();
  ds = GDALCreate (GDALGetDriverByName ("XLSX"), path, 0, 0, 0, GDT_Unknown, NULL);
  g_assert_nonnull (ds);
  add_sheet (ds, "Plannen", plan_fields, G_N_ELEMENTS (plan_fields), plans, 1);
  add_sheet (ds, "Cijfers", figure_fields, G_N_ELEMENTS (figure_fields), figures, 1);
  GDALClose (ds);
  return g_file_new_for_path (path);
}

/* A workbook: its sheets to choose from, each read as the kind its columns
 * show, as choosing the file does. */
static void
test_workbook (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GFile) workbook = write_workbook ("werkmap.xlsx");
  g_autoptr (GFile) figures = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepImportDialog *dialog = g_object_ref_sink (wep_import_dialog_new (parent, session));
  AdwComboRow *sheet_row;
  GListModel *sheets;
  const WepImportPreview *preview;

  wep_import_dialog_open (dialog, workbook);
  dialog_test_wait_idle (dialog);
  g_assert_null (wep_import_dialog_get_error (dialog));
  g_assert_cmpint (wep_import_dialog_get_kind (dialog), ==, WEP_IMPORT_PLANS);
  preview = wep_import_dialog_get_preview (dialog);
  g_assert_cmpstr (preview->sheet, ==, "Plannen");
  g_assert_cmpuint (preview->understood->len, ==, 1);

  /* Both sheets offered, the one read chosen. */
  sheet_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                            WEP_TYPE_IMPORT_DIALOG, "sheet_row"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sheet_row)));
  sheets = adw_combo_row_get_model (sheet_row);
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (sheet_row), ==, 0);
  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-workbook", FALSE);

  /* The other sheet holds figures, and is read as such. */
  adw_combo_row_set_selected (sheet_row, 1);
  g_assert_true (wep_import_dialog_get_busy (dialog));
  dialog_test_wait_idle (dialog);
  g_assert_cmpint (wep_import_dialog_get_kind (dialog), ==, WEP_IMPORT_FIGURES);
  preview = wep_import_dialog_get_preview (dialog);
  g_assert_cmpstr (preview->sheet, ==, "Cijfers");
  g_assert_cmpuint (preview->rejected->len, ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (sheet_row), ==, 1);

  /* A CSV of figures chosen while the kind is plans: read as figures;
   * it has no sheets to choose from. */
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, workbook);
  dialog_test_wait_idle (dialog);
  figures = write_csv ("cijfers.csv", "gemeente;gemeentenaam;inwoners;jaar;verhuringen\n"
                                      "GM0193;Zwolle;132000;2026;1200\n");
  wep_import_dialog_open (dialog, figures);
  dialog_test_wait_idle (dialog);
  g_assert_cmpint (wep_import_dialog_get_kind (dialog), ==, WEP_IMPORT_FIGURES);
  g_assert_cmpuint (wep_import_dialog_get_preview (dialog)->rejected->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sheet_row)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* Files that cannot be read say why; a template can be saved and read. */
static void
test_errors_and_template (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GFile) missing = NULL;
  g_autoptr (GFile) template = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *missing_path = wep_test_tmp_path ("bestaat-niet.csv");
  g_autofree char *template_path = wep_test_tmp_path ("sjabloon.csv");
  GtkWindow *parent = dialog_test_parent ();
  WepImportDialog *dialog = g_object_ref_sink (wep_import_dialog_new (parent, session));
  const GError *shown;

  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-empty", FALSE);
  missing = g_file_new_for_path (missing_path);
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, missing);
  dialog_test_wait_idle (dialog);
  shown = wep_import_dialog_get_error (dialog);
  g_assert_nonnull (shown);
  g_assert_nonnull (strstr (shown->message, "bestaat-niet.csv"));
  g_assert_null (wep_import_dialog_get_preview (dialog));
  g_assert_false (wep_import_dialog_can_apply (dialog));
  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-error", FALSE);
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), "bestaat-niet.csv"));

  /* The template of plans: written, and read back as plans with its
   * example row understood. */
  template = g_file_new_for_path (template_path);
  g_assert_true (wep_import_dialog_save_template (dialog, template, &error));
  g_assert_no_error (error);
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, template);
  dialog_test_wait_idle (dialog);
  g_assert_null (wep_import_dialog_get_error (dialog));
  g_assert_cmpuint (wep_import_dialog_get_preview (dialog)->understood->len, ==, 1);

  /* Boundaries have no template. */
  wep_import_dialog_load (dialog, WEP_IMPORT_BOUNDARIES, template);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (
    gtk_widget_get_template_child (GTK_WIDGET (dialog), WEP_TYPE_IMPORT_DIALOG,
                                   "template_button"))));
  dialog_test_wait_idle (dialog);
  /* A spreadsheet is no geographic file. */
  g_assert_nonnull (wep_import_dialog_get_error (dialog));
  g_assert_nonnull (strstr (wep_import_dialog_get_error (dialog)->message, "sjabloon.csv"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* A read-only plan: the dialog says so and the import is refused. */
static void
test_read_only (void)
{
  g_autoptr (WepDocument) example = wep_example_document ();
  g_autoptr (WepDocument) doc = NULL;
  g_autoptr (WepSession) session = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = wep_test_tmp_path ("alleen-lezen.weplan");
  GtkWindow *parent = dialog_test_parent ();
  WepImportDialog *dialog;
  guint n_before;

  g_assert_true (wep_document_save_as (example, path, &error));
  g_assert_no_error (error);
  wep_document_close (example);
  doc = wep_document_open (path, WEP_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  session = wep_session_new (doc);
  n_before = count_plans (doc, 0);

  file = write_csv ("alleen.csv", HEADER "Zwolle;2098;hf;1;gepland;Brief;2025-06-30;\n");
  dialog = g_object_ref_sink (wep_import_dialog_new (parent, session));
  wep_import_dialog_load (dialog, WEP_IMPORT_PLANS, file);
  dialog_test_wait_idle (dialog);
  g_assert_cmpuint (wep_import_dialog_get_preview (dialog)->rejected->len, ==, 0);
  g_assert_false (wep_import_dialog_can_apply (dialog));
  g_assert_false (wep_import_dialog_apply (dialog, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, wep_document_get_read_only_reason (doc)));
  g_assert_cmpuint (count_plans (doc, 0), ==, n_before);
  g_assert_null (wep_document_get_undo_label (doc));
  dialog_test_screenshot (GTK_WINDOW (dialog), "import-dialog-read-only", FALSE);
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog),
                                         wep_document_get_read_only_reason (doc)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!dialog_test_init (&argc, &argv, "wep-import-dialog"))
    return 77;

  g_test_add_func ("/import-dialog/csv", test_import_csv);
  g_test_add_func ("/import-dialog/follows-plan", test_follows_plan);
  g_test_add_func ("/import-dialog/workbook", test_workbook);
  g_test_add_func ("/import-dialog/errors-and-template", test_errors_and_template);
  g_test_add_func ("/import-dialog/read-only", test_read_only);

  status = g_test_run ();
  dialog_test_finish ();
  return status;
}

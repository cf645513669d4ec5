/* test-merge-dialog.c: merging another plan file through the dialog
 *
 * The other file is the example with one plan's homes changed: the dialog
 * shows that one conflict with both values; Merge waits until it is
 * decided. Kept ours, the plan is as it was; taken theirs, the plan counts
 * the other file's value, and undo takes it back. A file that is no plan
 * is refused with a message naming it. Screenshots: merge-dialog.png (and
 * -dark), merge-dialog-error.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dialog-test-util.h"
#include "dialogs/wep-merge-conflict-row.h"
#include "dialogs/wep-merge-dialog.h"
#include "wep-example.h"
#include "wep-plan-rows.h"
#include "wep-test-util.h"

#define CHANGE 7

typedef struct
{
  char   *municipality;
  int     year;
  char   *pathway;
  double  units;      /* in the example */
} ChangedPlan;

static ChangedPlan changed;
static char *other_path;

/* The example with the first plan's homes changed, saved as a file. */
static void
write_other_plan (void)
{
  g_autoptr (WepDocument) other = wep_example_document ();
  g_autoptr (GPtrArray) rows = wep_document_list_plans (other);
  g_autoptr (GError) error = NULL;
  const WepPlanRow *row = g_ptr_array_index (rows, 0);
  GValue value = G_VALUE_INIT;

  changed.municipality = g_strdup (row->municipality);
  changed.year = row->year;
  changed.pathway = g_strdup (row->pathway);
  changed.units = row->units;
  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, row->units + CHANGE);
  g_assert_true (wep_document_update_plan (other, row->id, WEP_PLAN_FIELD_UNITS, &value, &error));
  g_assert_no_error (error);
  other_path = wep_test_tmp_path ("plan-buurgemeente.weplan");
  g_assert_true (wep_document_save_as (other, other_path, &error));
  g_assert_no_error (error);
  wep_document_close (other);
}

/* The homes of the counted plan that changed, and the number of rows
 * (counted or kept beside it) of its key. */
static double
plan_units (WepDocument *doc,
            guint       *n_rows)
{
  g_autoptr (GPtrArray) rows = wep_document_list_plans (doc);
  double units = -1;

  *n_rows = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->municipality, changed.municipality) && row->year == changed.year
          && g_str_equal (row->pathway, changed.pathway))
        {
          (*n_rows)++;
          if (row->counted)
            units = row->units;
        }
    }
  return units;
}

static WepMergeDialog *
open_merge (GtkWindow  *parent,
            WepSession *session)
{
  g_autoptr (GFile) file = g_file_new_for_path (other_path);
  WepMergeDialog *dialog = g_object_ref_sink (wep_merge_dialog_new (parent, session));
  GListModel *conflicts;
  WepMergeItem *item;
  const WepMergeConflict *c;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  wep_merge_dialog_load (dialog, file);
  g_assert_true (wep_merge_dialog_get_busy (dialog));
  dialog_test_wait_idle (dialog);
  g_assert_null (wep_merge_dialog_get_error (dialog));
  g_assert_nonnull (wep_merge_dialog_get_summary (dialog));

  /* One conflict: the plan whose homes differ, both values shown. */
  conflicts = wep_merge_dialog_get_conflicts (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  item = g_list_model_get_item (conflicts, 0);
  c = wep_merge_item_get_conflict (item);
  g_assert_cmpstr (c->table, ==, "plans");
  g_assert_true (g_str_has_prefix (c->what, changed.municipality));
  ours = g_strdup_printf ("%.15g", changed.units);
  theirs = g_strdup_printf ("%.15g", changed.units + CHANGE);
  g_assert_nonnull (strstr (c->ours, ours));
  g_assert_nonnull (strstr (c->theirs, theirs));
  g_assert_cmpint (wep_merge_item_get_choice (item), ==, WEP_MERGE_UNDECIDED);
  g_object_unref (item);

  /* Undecided: Merge waits. */
  g_assert_false (wep_merge_dialog_can_apply (dialog));
  return dialog;
}

static void
test_ours (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepMergeDialog *dialog = open_merge (parent, session);
  guint n_rows;

  dialog_test_screenshot (GTK_WINDOW (dialog), "merge-dialog", TRUE);
  /* The conflict on screen: both values. */
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), changed.municipality));

  g_assert_false (wep_merge_dialog_apply (dialog, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "plan-buurgemeente.weplan"));
  g_clear_error (&error);

  /* "All ours" (the button's action) decides it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "merge.all-ours", NULL));
  g_assert_true (wep_merge_dialog_can_apply (dialog));
  dialog_test_screenshot (GTK_WINDOW (dialog), "merge-dialog-decided", FALSE);
  g_assert_true (wep_merge_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Ours kept: the plan is as it was, and there is nothing to undo. */
  g_assert_cmpfloat (plan_units (doc, &n_rows), ==, changed.units);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_null (wep_document_get_undo_label (doc));

  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

static void
test_theirs (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepMergeDialog *dialog = open_merge (parent, session);
  guint n_rows;

  wep_merge_dialog_choose (dialog, 0, WEP_MERGE_THEIRS);
  g_assert_true (wep_merge_dialog_can_apply (dialog));
  g_assert_true (wep_merge_dialog_apply (dialog, &error));
  g_assert_no_error (error);

  /* Theirs counted, ours kept beside it; one change named after the file. */
  g_assert_cmpfloat (plan_units (doc, &n_rows), ==, changed.units + CHANGE);
  g_assert_cmpuint (n_rows, ==, 2);
  label = g_strdup_printf (_("Merge %s"), "plan-buurgemeente.weplan");
  g_assert_cmpstr (wep_document_get_undo_label (doc), ==, label);

  g_assert_true (wep_document_undo (doc, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (plan_units (doc, &n_rows), ==, changed.units);
  g_assert_cmpuint (n_rows, ==, 1);

  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* A change of the plan under the dialog: compared again, the choice kept. */
static void
test_follows_plan (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GError) error = NULL;
  GtkWindow *parent = dialog_test_parent ();
  WepMergeDialog *dialog = open_merge (parent, session);
  g_autoptr (WepMergeItem) item = NULL;

  wep_merge_dialog_choose (dialog, 0, WEP_MERGE_BOTH);
  g_assert_true (wep_document_begin_change (doc, "test", &error));
  g_assert_true (wep_document_set_meta (doc, "title", "Regioplan", &error));
  wep_document_end_change (doc);
  g_assert_no_error (error);

  item = g_list_model_get_item (wep_merge_dialog_get_conflicts (dialog), 0);
  g_assert_nonnull (item);
  g_assert_cmpint (wep_merge_item_get_choice (item), ==, WEP_MERGE_BOTH);
  g_assert_true (wep_merge_dialog_apply (dialog, &error));
  g_assert_no_error (error);
  {
    guint n_rows;

    g_assert_cmpfloat (plan_units (doc, &n_rows), ==, changed.units);
    g_assert_cmpuint (n_rows, ==, 2);
  }

  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* A file that is no plan: the message names it and the problem. */
static void
test_not_a_plan (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = wep_test_tmp_path ("geen-plan.weplan");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWindow *parent = dialog_test_parent ();
  WepMergeDialog *dialog = g_object_ref_sink (wep_merge_dialog_new (parent, session));
  const GError *shown;

  dialog_test_screenshot (GTK_WINDOW (dialog), "merge-dialog-empty", FALSE);
  g_file_set_contents (path, "gemeente;jaar\nZwolle;2027\n", -1, &error);
  g_assert_no_error (error);
  wep_merge_dialog_load (dialog, file);
  dialog_test_wait_idle (dialog);
  shown = wep_merge_dialog_get_error (dialog);
  g_assert_error (shown, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_A_PLAN);
  g_assert_nonnull (strstr (shown->message, "geen-plan.weplan"));
  g_assert_false (wep_merge_dialog_can_apply (dialog));
  g_assert_false (wep_merge_dialog_apply (dialog, &error));
  g_assert_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID);
  dialog_test_screenshot (GTK_WINDOW (dialog), "merge-dialog-error", FALSE);
  g_assert_true (dialog_test_shows_text (GTK_WIDGET (dialog), "geen-plan.weplan"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (parent);
}

/* Cancel lets go of the other file at once: another merge can follow,
 * and the plan is as it was. */
static void
test_cancel (void)
{
  g_autoptr (WepDocument) doc = wep_example_document ();
  g_autoptr (WepSession) session = wep_session_new (doc);
  GtkWindow *parent = dialog_test_parent ();
  WepMergeDialog *first = open_merge (parent, session);
  WepMergeDialog *second;
  guint n_rows;

  wep_merge_dialog_choose (first, 0, WEP_MERGE_THEIRS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "window.close", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_cmpfloat (plan_units (doc, &n_rows), ==, changed.units);
  g_assert_null (wep_document_get_undo_label (doc));

  /* "first" is still held here, yet a second merge can be prepared. */
  second = open_merge (parent, session);
  g_assert_null (wep_merge_dialog_get_error (second));

  g_object_unref (first);
  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);
  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!dialog_test_init (&argc, &argv, "wep-merge-dialog"))
    return 77;
  write_other_plan ();

  g_test_add_func ("/merge-dialog/ours", test_ours);
  g_test_add_func ("/merge-dialog/theirs", test_theirs);
  g_test_add_func ("/merge-dialog/follows-plan", test_follows_plan);
  g_test_add_func ("/merge-dialog/not-a-plan", test_not_a_plan);
  g_test_add_func ("/merge-dialog/cancel", test_cancel);

  status = g_test_run ();
  g_free (changed.municipality);
  g_free (changed.pathway);
  g_free (other_path);
  dialog_test_finish ();
  return status;
}

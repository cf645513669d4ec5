/* wep-merge-dialog.c: merging another plan file into this one, deciding
 * every conflict
 *
 * The other file is opened in a worker thread with every check of an
 * untrusted file (it may come from anyone); a file that fails them shows
 * the error, which names the file and the problem. It is then compared
 * with the plan on this thread (wep_merge_prepare_document ()): what it
 * adds, and each conflict with both values and their sources, decided one
 * by one or all at once. Merge is one change of the plan. When the plan
 * changes while the dialog is open, the comparison is made again, keeping
 * the choices already made (wep-merge-dialog-compare.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-dialog-common.h"
#include "wep-merge-conflict-row.h"
#include "wep-merge-dialog-private.h"

G_DEFINE_FINAL_TYPE (WepMergeDialog, wep_merge_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- state ------------------------------------------------------------- */

static guint
count_undecided (WepMergeDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint undecided = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (WepMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      undecided += wep_merge_item_get_choice (item) == WEP_MERGE_UNDECIDED;
    }
  return undecided;
}

void
_wep_merge_dialog_update_state (WepMergeDialog *self)
{
  guint n, undecided;
  g_autofree char *text = NULL;

  g_assert (WEP_IS_MERGE_DIALOG (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  undecided = count_undecided (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.apply",
                                 wep_merge_dialog_can_apply (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.all-ours", n > 0 && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.all-theirs", n > 0 && !self->busy);
  if (self->merge == NULL)
    return;

  g_free (self->summary);
  self->summary = wep_merge_describe (self->merge);
  gtk_label_set_text (self->summary_label, self->summary);
  if (n == 0)
    text = g_strdup (_("Nothing to decide."));
  else if (undecided == 0)
    text = g_strdup (_("Every conflict is decided."));
  else
    text = g_strdup_printf (ngettext ("%u of %u conflict is not decided yet: keep ours, take "
                                      "theirs, or keep both.",
                                      "%u of %u conflicts are not decided yet: for each, keep "
                                      "ours, take theirs, or keep both.", n),
                            undecided, n);
  gtk_label_set_text (self->undecided_label, text);
}

void
_wep_merge_dialog_set_busy (WepMergeDialog *self,
                            gboolean        busy)
{
  g_assert (WEP_IS_MERGE_DIALOG (self));

  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The plan changed (an undo in the window): compare again. */
static void
document_changed_cb (WepMergeDialog *self)
{
  g_assert (WEP_IS_MERGE_DIALOG (self));

  if (self->source == NULL || self->applying || self->applied || self->busy)
    return;
  _wep_merge_dialog_compare_again (self);
}

/* ---- the list ------------------------------------------------------------ */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, wep_merge_conflict_row_new ());
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  wep_merge_conflict_row_set_item (WEP_MERGE_CONFLICT_ROW (gtk_list_item_get_child (list_item)),
                                   gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  wep_merge_conflict_row_set_item (WEP_MERGE_CONFLICT_ROW (gtk_list_item_get_child (list_item)),
                                   NULL);
}

/* ---- actions ------------------------------------------------------------- */

static void
open_response_cb (WepMergeDialog       *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;

  g_assert (WEP_IS_MERGE_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    wep_merge_dialog_load (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (widget);
  GtkFileChooserNative *chooser;

  chooser = wep_dialog_new_open_chooser (GTK_WINDOW (self), _("Choose a Plan File to Merge"),
                                         wep_dialog_new_plan_filter (), NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
all_ours_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  wep_merge_dialog_choose_all (WEP_MERGE_DIALOG (widget), WEP_MERGE_OURS);
}

static void
all_theirs_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  wep_merge_dialog_choose_all (WEP_MERGE_DIALOG (widget), WEP_MERGE_THEIRS);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (widget);
  g_autoptr (GError) error = NULL;

  if (!wep_merge_dialog_apply (self, &error))
    wep_dialog_show_error (GTK_WINDOW (self), _("Nothing Was Merged"), error);
}

/* ---- public ------------------------------------------------------------- */

gboolean
wep_merge_dialog_get_busy (WepMergeDialog *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), FALSE);
  return self->busy;
}

const GError *
wep_merge_dialog_get_error (WepMergeDialog *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), NULL);
  return self->error;
}

const char *
wep_merge_dialog_get_summary (WepMergeDialog *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), NULL);
  return self->summary;
}

GListModel *
wep_merge_dialog_get_conflicts (WepMergeDialog *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
wep_merge_dialog_choose (WepMergeDialog *self,
                         guint           index,
                         WepMergeChoice  choice)
{
  g_autoptr (WepMergeItem) item = NULL;

  g_return_if_fail (WEP_IS_MERGE_DIALOG (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->items), index);
  g_return_if_fail (item != NULL);
  wep_merge_item_set_choice (item, choice);
}

void
wep_merge_dialog_choose_all (WepMergeDialog *self,
                             WepMergeChoice  choice)
{
  guint n;

  g_return_if_fail (WEP_IS_MERGE_DIALOG (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    wep_merge_dialog_choose (self, i, choice);
}

gboolean
wep_merge_dialog_can_apply (WepMergeDialog *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), FALSE);

  return !self->busy && self->merge != NULL && count_undecided (self) == 0
         && (wep_merge_get_n_additions (self->merge) > 0
             || g_list_model_get_n_items (G_LIST_MODEL (self->items)) > 0)
         && !wep_document_get_read_only (self->document);
}

gboolean
wep_merge_dialog_apply (WepMergeDialog  *self,
                        GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  gboolean changes;
  guint undecided;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_MERGE_DIALOG (self), FALSE);

  if (self->busy || self->merge == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_INVALID,
                   _("There is nothing to merge yet: choose a plan file and wait until it has "
                     "been checked."));
      return FALSE;
    }
  if (!wep_dialog_check_writable (self->document, error))
    return FALSE;
  name = g_file_get_basename (self->file);
  if ((undecided = count_undecided (self)) > 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_CONFLICT,
                   ngettext ("%u conflict with %s is not decided yet: choose ours, theirs or "
                             "both for it.",
                             "%u conflicts with %s are not decided yet: choose ours, theirs or "
                             "both for each.", undecided),
                   undecided, name);
      return FALSE;
    }

  changes = wep_merge_get_n_additions (self->merge) > 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (WepMergeItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      changes |= wep_merge_item_get_choice (item) != WEP_MERGE_OURS;
    }

  self->applying = TRUE;
  if (changes)
    {
      /* Translators: the name of a change in the undo menu; %s is the other plan file */
      label = g_strdup_printf (_("Merge %s"), name);
      if (!wep_document_begin_change (self->document, label, error))
        {
          self->applying = FALSE;
          return FALSE;
        }
      ok = wep_merge_apply (self->merge, error);
      wep_document_end_change (self->document);
    }
  else
    {
      /* Everything kept as it is: nothing to undo either. */
      ok = wep_merge_apply (self->merge, error);
    }
  self->applying = FALSE;
  if (ok)
    {
      self->applied = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  return ok;
}

WepMergeDialog *
wep_merge_dialog_new (GtkWindow  *parent,
                      WepSession *session)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_MERGE_DIALOG,
                       "transient-for", parent,
                       "session", session,
                       NULL);
}

void
wep_merge_dialog_present (GtkWindow  *parent,
                          WepSession *session)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (WEP_IS_SESSION (session));

  gtk_window_present (GTK_WINDOW (wep_merge_dialog_new (parent, session)));
}

/* ---- object ------------------------------------------------------------- */

static void
wep_merge_dialog_constructed (GObject *object)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (object);
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (wep_merge_dialog_parent_class)->constructed (object);

  self->document = g_object_ref (wep_session_get_document (self->session));
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (!wep_dialog_check_writable (self->document, &error))
    {
      gtk_label_set_text (self->read_only_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_label), TRUE);
    }
  _wep_merge_dialog_update_state (self);
}

/* Closed: the other file's copy is let go of at once, so that another
 * merge can be prepared. */
static gboolean
wep_merge_dialog_close_request (GtkWindow *window)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->applied = TRUE;
  _wep_merge_dialog_clear (self);
  return GTK_WINDOW_CLASS (wep_merge_dialog_parent_class)->close_request != NULL
         && GTK_WINDOW_CLASS (wep_merge_dialog_parent_class)->close_request (window);
}

static void
wep_merge_dialog_dispose (GObject *object)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->conflict_list != NULL)
    gtk_list_view_set_model (self->conflict_list, NULL);
  if (self->items != NULL)
    _wep_merge_dialog_clear (self);
  g_clear_object (&self->items);
  g_clear_object (&self->source);
  g_clear_object (&self->document);
  g_clear_object (&self->session);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (wep_merge_dialog_parent_class)->dispose (object);
}

static void
wep_merge_dialog_finalize (GObject *object)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (object);

  g_free (self->summary);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (wep_merge_dialog_parent_class)->finalize (object);
}

static void
wep_merge_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (object);

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
wep_merge_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WepMergeDialog *self = WEP_MERGE_DIALOG (object);

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
wep_merge_dialog_class_init (WepMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wep_merge_dialog_constructed;
  object_class->dispose = wep_merge_dialog_dispose;
  object_class->finalize = wep_merge_dialog_finalize;
  object_class->get_property = wep_merge_dialog_get_property;
  object_class->set_property = wep_merge_dialog_set_property;
  window_class->close_request = wep_merge_dialog_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/dialogs/"
                                               "wep-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, undecided_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, conflicts_stack);
  gtk_widget_class_bind_template_child (widget_class, WepMergeDialog, conflict_list);

  gtk_widget_class_install_action (widget_class, "merge.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "merge.all-ours", NULL, all_ours_action);
  gtk_widget_class_install_action (widget_class, "merge.all-theirs", NULL, all_theirs_action);
  gtk_widget_class_install_action (widget_class, "merge.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "merge.choose", NULL);

  wep_dialogs_load_style ();
}

static void
wep_merge_dialog_init (WepMergeDialog *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (WEP_TYPE_MERGE_ITEM);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->conflict_list, factory);
  gtk_list_view_set_model (self->conflict_list, GTK_SELECTION_MODEL (selection));
}

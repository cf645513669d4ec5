/* wep-import-preview-view.c: what an import would do, before it is done
 *
 * The file and its counts, whether it can be imported, and three lists:
 * the rejected rows (line, column and reason, marked as errors), the rows
 * understood, and the notes. The lists are GtkListViews, so a file of
 * many thousands of rows shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-dialog-common.h"
#include "wep-format.h"
#include "wep-import-preview-view.h"

struct _WepImportPreviewView
{
  AdwBin                  parent_instance;

  const WepImportPreview *preview;
  GtkStringList          *rejected;
  GtkStringList          *understood;
  GtkStringList          *notes;

  /* Template widgets */
  GtkLabel               *source_label;
  GtkLabel               *counts_label;
  GtkImage               *verdict_icon;
  GtkLabel               *verdict_label;
  AdwViewStack           *stack;
  AdwViewStackPage       *rejected_page;
  AdwViewStackPage       *understood_page;
  AdwViewStackPage       *notes_page;
  GtkStack               *rejected_stack;
  GtkStack               *understood_stack;
  GtkListView            *rejected_list;
  GtkListView            *understood_list;
  GtkListView            *notes_list;
};

G_DEFINE_FINAL_TYPE (WepImportPreviewView, wep_import_preview_view, ADW_TYPE_BIN)

/* "Line 4, column 3 (aantal)" or "Line 4". */
static char *
describe_place (const WepImportProblem *problem)
{
  if (problem->column > 0 && problem->column_name != NULL)
    /* Translators: where in the file a rejected row is: line, column number, column name */
    return g_strdup_printf (_("Line %u, column %u (%s)"), problem->line, problem->column,
                            problem->column_name);
  if (problem->column > 0)
    return g_strdup_printf (_("Line %u, column %u"), problem->line, problem->column);
  return g_strdup_printf (_("Line %u"), problem->line);
}

/* ---- rows -------------------------------------------------------------- */

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "wep-import-row");
  gtk_list_item_set_child (item, label);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
setup_rejected_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  /* A grid, not a horizontal box: GTK 4.8 measures a box around a
   * wrapping label one pixel off ("Expect overlapping widgets"). */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  GtkWidget *place = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "wep-import-row");
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (place, "error");
  gtk_widget_add_css_class (place, "heading");
  gtk_label_set_xalign (GTK_LABEL (place), 0);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), place);
  gtk_box_append (GTK_BOX (text), reason);
  gtk_grid_set_column_spacing (GTK_GRID (box), 12);
  gtk_grid_attach (GTK_GRID (box), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), text, 1, 0, 1, 1);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_rejected_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  WepImportPreviewView *self = user_data;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_last_child (box);
  GtkWidget *place = gtk_widget_get_first_child (text);
  GtkWidget *reason = gtk_widget_get_last_child (text);
  guint position = gtk_list_item_get_position (item);
  const WepImportProblem *problem;
  g_autofree char *where = NULL;

  g_assert (WEP_IS_IMPORT_PREVIEW_VIEW (self));
  g_return_if_fail (self->preview != NULL && position < self->preview->rejected->len);

  problem = g_ptr_array_index (self->preview->rejected, position);
  where = describe_place (problem);
  gtk_label_set_text (GTK_LABEL (place), where);
  gtk_label_set_text (GTK_LABEL (reason), problem->reason);
}

static void
set_up_list (WepImportPreviewView *self,
             GtkListView          *list,
             GtkStringList        *model,
             gboolean              rejected)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (model)));

  g_signal_connect (factory, "setup",
                    rejected ? G_CALLBACK (setup_rejected_cb) : G_CALLBACK (setup_text_cb), self);
  g_signal_connect (factory, "bind",
                    rejected ? G_CALLBACK (bind_rejected_cb) : G_CALLBACK (bind_text_cb), self);
  gtk_list_view_set_factory (list, factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (selection));
}

/* ---- the preview --------------------------------------------------------- */

static void
replace_strings (GtkStringList *list,
                 GPtrArray     *strings)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_autoptr (GPtrArray) items = g_ptr_array_new ();

  if (strings != NULL)
    for (guint i = 0; i < strings->len; i++)
      g_ptr_array_add (items, g_ptr_array_index (strings, i));
  g_ptr_array_add (items, NULL);
  gtk_string_list_splice (list, 0, n_old, (const char *const *) items->pdata);
}

static void
show_counts (WepImportPreviewView   *self,
             const WepImportPreview *preview)
{
  g_autofree char *read = wep_format_count (preview->n_rows);
  g_autofree char *understood = wep_format_count (preview->understood->len);
  g_autofree char *rejected = wep_format_count (preview->rejected->len);
  g_autofree char *counts = NULL;
  g_autofree char *source = NULL;

  /* A workbook's sheet; the layer of a geographic file is in its name. */
  if (preview->kind != WEP_IMPORT_BOUNDARIES && preview->sheet != NULL && *preview->sheet != '\0')
    /* Translators: a file and the sheet (or layer) of it that was read */
    source = g_strdup_printf (_("%s, sheet “%s”"), preview->source, preview->sheet);
  else
    source = g_strdup (preview->source);
  gtk_label_set_text (self->source_label, source);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_label), source);

  if (preview->kind == WEP_IMPORT_BOUNDARIES)
    /* Translators: the counts of a geographic file: features read, understood, rejected */
    counts = g_strdup_printf (ngettext ("%s area read: %s understood, %s rejected.",
                                        "%s areas read: %s understood, %s rejected.",
                                        preview->n_rows),
                              read, understood, rejected);
  else
    /* Translators: the counts of a spreadsheet: rows read, understood, rejected */
    counts = g_strdup_printf (ngettext ("%s row read: %s understood, %s rejected.",
                                        "%s rows read: %s understood, %s rejected.",
                                        preview->n_rows),
                              read, understood, rejected);
  gtk_label_set_text (self->counts_label, counts);

  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
  if (preview->rejected->len > 0)
    {
      gtk_image_set_from_icon_name (self->verdict_icon, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
      gtk_label_set_text (self->verdict_label,
                          preview->kind == WEP_IMPORT_BOUNDARIES
                          ? _("Nothing can be imported while an area is rejected. Correct "
                              "the file and read it again.")
                          : _("Nothing can be imported while a row is rejected. Correct the "
                              "rows below in the file, save it and read it again."));
    }
  else
    {
      gtk_image_set_from_icon_name (self->verdict_icon, "object-select-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "success");
      gtk_label_set_text (self->verdict_label,
                          preview->kind == WEP_IMPORT_BOUNDARIES
                          ? _("Every area was understood. Nothing changes in the plan until "
                              "you import them; the import can be undone.")
                          : _("Every row was understood. Nothing changes in the plan until you "
                              "import it; the import can be undone."));
    }
}

void
wep_import_preview_view_set_preview (WepImportPreviewView   *self,
                                     const WepImportPreview *preview)
{
  g_autoptr (GPtrArray) rejected = NULL;

  g_return_if_fail (WEP_IS_IMPORT_PREVIEW_VIEW (self));

  /* Empty the lists before the preview they point into goes. */
  replace_strings (self->rejected, NULL);
  replace_strings (self->understood, NULL);
  replace_strings (self->notes, NULL);
  self->preview = preview;
  if (preview == NULL)
    return;

  rejected = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < preview->rejected->len; i++)
    {
      const WepImportProblem *problem = g_ptr_array_index (preview->rejected, i);
      g_autofree char *where = describe_place (problem);

      /* Translators: a rejected row: where it is, and why */
      g_ptr_array_add (rejected, g_strdup_printf (_("%s: %s"), where, problem->reason));
    }
  replace_strings (self->rejected, rejected);
  replace_strings (self->understood, preview->understood);
  replace_strings (self->notes, preview->notes);

  show_counts (self, preview);
  adw_view_stack_page_set_badge_number (self->rejected_page, preview->rejected->len);
  adw_view_stack_page_set_needs_attention (self->rejected_page, preview->rejected->len > 0);
  adw_view_stack_page_set_badge_number (self->notes_page, preview->notes->len);
  adw_view_stack_page_set_visible (self->notes_page, preview->notes->len > 0);
  gtk_stack_set_visible_child_name (self->rejected_stack,
                                    preview->rejected->len > 0 ? "list" : "none");
  gtk_stack_set_visible_child_name (self->understood_stack,
                                    preview->understood->len > 0 ? "list" : "none");
  adw_view_stack_set_visible_child_name (self->stack,
                                         preview->rejected->len > 0 ? "rejected" : "understood");
}

GListModel *
wep_import_preview_view_get_rejected (WepImportPreviewView *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_PREVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->rejected);
}

GListModel *
wep_import_preview_view_get_understood (WepImportPreviewView *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_PREVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->understood);
}

GListModel *
wep_import_preview_view_get_notes (WepImportPreviewView *self)
{
  g_return_val_if_fail (WEP_IS_IMPORT_PREVIEW_VIEW (self), NULL);
  return G_LIST_MODEL (self->notes);
}

GtkWidget *
wep_import_preview_view_new (void)
{
  return g_object_new (WEP_TYPE_IMPORT_PREVIEW_VIEW, NULL);
}

static void
wep_import_preview_view_dispose (GObject *object)
{
  WepImportPreviewView *self = WEP_IMPORT_PREVIEW_VIEW (object);

  self->preview = NULL;

  G_OBJECT_CLASS (wep_import_preview_view_parent_class)->dispose (object);
}

static void
wep_import_preview_view_finalize (GObject *object)
{
  WepImportPreviewView *self = WEP_IMPORT_PREVIEW_VIEW (object);

  g_clear_object (&self->rejected);
  g_clear_object (&self->understood);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (wep_import_preview_view_parent_class)->finalize (object);
}

static void
wep_import_preview_view_class_init (WepImportPreviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wep_import_preview_view_dispose;
  object_class->finalize = wep_import_preview_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/dialogs/"
                                               "wep-import-preview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, source_label);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, counts_label);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, rejected_page);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, understood_page);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, notes_page);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, rejected_stack);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, understood_stack);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, rejected_list);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, understood_list);
  gtk_widget_class_bind_template_child (widget_class, WepImportPreviewView, notes_list);

  wep_dialogs_load_style ();
}

static void
wep_import_preview_view_init (WepImportPreviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rejected = gtk_string_list_new (NULL);
  self->understood = gtk_string_list_new (NULL);
  self->notes = gtk_string_list_new (NULL);
  set_up_list (self, self->rejected_list, self->rejected, TRUE);
  set_up_list (self, self->understood_list, self->understood, FALSE);
  set_up_list (self, self->notes_list, self->notes, FALSE);
}

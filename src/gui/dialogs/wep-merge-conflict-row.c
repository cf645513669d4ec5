/* wep-merge-conflict-row.c: one conflict of a merge, and the user's choice
 *
 * The row shows what conflicts (the table and the row's key), both values
 * with where each came from, and three linked toggle buttons: ours,
 * theirs, both. None is active while the conflict is undecided.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-merge-conflict-row.h"

/* ---- the item ------------------------------------------------------------ */

struct _WepMergeItem
{
  GObject           parent_instance;

  WepMergeConflict *conflict;
};

G_DEFINE_FINAL_TYPE (WepMergeItem, wep_merge_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_CHOICE,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

WepMergeItem *
wep_merge_item_new (WepMergeConflict *conflict)
{
  WepMergeItem *self;

  g_return_val_if_fail (conflict != NULL, NULL);

  self = g_object_new (WEP_TYPE_MERGE_ITEM, NULL);
  self->conflict = conflict;
  return self;
}

const WepMergeConflict *
wep_merge_item_get_conflict (WepMergeItem *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_ITEM (self), NULL);
  return self->conflict;
}

WepMergeChoice
wep_merge_item_get_choice (WepMergeItem *self)
{
  g_return_val_if_fail (WEP_IS_MERGE_ITEM (self), WEP_MERGE_UNDECIDED);
  return self->conflict->choice;
}

void
wep_merge_item_set_choice (WepMergeItem   *self,
                           WepMergeChoice  choice)
{
  g_return_if_fail (WEP_IS_MERGE_ITEM (self));
  g_return_if_fail (choice <= WEP_MERGE_BOTH);

  if (self->conflict->choice == choice)
    return;
  self->conflict->choice = choice;
  g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_CHOICE]);
}

static void
wep_merge_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WepMergeItem *self = WEP_MERGE_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_CHOICE:
      g_value_set_uint (value, self->conflict->choice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_merge_item_class_init (WepMergeItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = wep_merge_item_get_property;

  /* A WepMergeChoice. */
  item_properties[ITEM_PROP_CHOICE] =
    g_param_spec_uint ("choice", NULL, NULL, WEP_MERGE_UNDECIDED, WEP_MERGE_BOTH,
                       WEP_MERGE_UNDECIDED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
wep_merge_item_init (WepMergeItem *self)
{
}

/* ---- the row ------------------------------------------------------------- */

struct _WepMergeConflictRow
{
  GtkWidget        parent_instance;

  WepMergeItem    *item;
  gulong           choice_handler;
  gboolean         updating;

  /* Template widgets */
  GtkWidget       *box;
  GtkLabel        *title_label;
  GtkLabel        *ours_label;
  GtkLabel        *ours_source_label;
  GtkLabel        *theirs_label;
  GtkLabel        *theirs_source_label;
  GtkToggleButton *ours_button;
  GtkToggleButton *theirs_button;
  GtkToggleButton *both_button;
};

G_DEFINE_FINAL_TYPE (WepMergeConflictRow, wep_merge_conflict_row, GTK_TYPE_WIDGET)

/* The buttons follow the item's choice. */
static void
show_choice (WepMergeConflictRow *self)
{
  WepMergeChoice choice;

  g_assert (WEP_IS_MERGE_CONFLICT_ROW (self));

  choice = self->item != NULL ? wep_merge_item_get_choice (self->item) : WEP_MERGE_UNDECIDED;
  self->updating = TRUE;
  gtk_toggle_button_set_active (self->ours_button, choice == WEP_MERGE_OURS);
  gtk_toggle_button_set_active (self->theirs_button, choice == WEP_MERGE_THEIRS);
  gtk_toggle_button_set_active (self->both_button, choice == WEP_MERGE_BOTH);
  self->updating = FALSE;
  if (choice == WEP_MERGE_UNDECIDED)
    gtk_widget_add_css_class (self->box, "wep-conflict-undecided");
  else
    gtk_widget_remove_css_class (self->box, "wep-conflict-undecided");
}

static void
button_toggled_cb (WepMergeConflictRow *self,
                   GtkToggleButton     *button)
{
  g_assert (WEP_IS_MERGE_CONFLICT_ROW (self));

  if (self->updating || self->item == NULL || !gtk_toggle_button_get_active (button))
    return;
  if (button == self->ours_button)
    wep_merge_item_set_choice (self->item, WEP_MERGE_OURS);
  else if (button == self->theirs_button)
    wep_merge_item_set_choice (self->item, WEP_MERGE_THEIRS);
  else
    wep_merge_item_set_choice (self->item, WEP_MERGE_BOTH);
}

/* "plans" → "Plans" */
static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char head[8] = { 0 };

  if (first == 0)
    return g_strdup (text);
  g_unichar_to_utf8 (g_unichar_totitle (first), head);
  return g_strconcat (head, g_utf8_next_char (text), NULL);
}

void
wep_merge_conflict_row_set_item (WepMergeConflictRow *self,
                                 WepMergeItem        *item)
{
  const WepMergeConflict *c;
  g_autofree char *title = NULL;
  g_autofree char *table = NULL;

  g_return_if_fail (WEP_IS_MERGE_CONFLICT_ROW (self));
  g_return_if_fail (item == NULL || WEP_IS_MERGE_ITEM (item));

  if (self->item != NULL)
    g_clear_signal_handler (&self->choice_handler, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      c = wep_merge_item_get_conflict (item);
      table = capitalize (wep_merge_table_label (c->table));
      /* Translators: a conflict: what kind of row, and which row */
      title = g_strdup_printf (_("%s: %s"), table, c->what);
      gtk_label_set_text (self->title_label, title);
      gtk_label_set_text (self->ours_label, c->ours);
      gtk_label_set_text (self->ours_source_label, c->ours_source);
      gtk_label_set_text (self->theirs_label, c->theirs);
      gtk_label_set_text (self->theirs_source_label, c->theirs_source);
      self->choice_handler = g_signal_connect_object (item, "notify::choice",
                                                      G_CALLBACK (show_choice), self,
                                                      G_CONNECT_SWAPPED);
    }
  show_choice (self);
}

GtkWidget *
wep_merge_conflict_row_new (void)
{
  return g_object_new (WEP_TYPE_MERGE_CONFLICT_ROW, NULL);
}

static void
wep_merge_conflict_row_dispose (GObject *object)
{
  WepMergeConflictRow *self = WEP_MERGE_CONFLICT_ROW (object);

  if (self->item != NULL)
    g_clear_signal_handler (&self->choice_handler, self->item);
  g_clear_object (&self->item);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (wep_merge_conflict_row_parent_class)->dispose (object);
}

static void
wep_merge_conflict_row_class_init (WepMergeConflictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wep_merge_conflict_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/dialogs/"
                                               "wep-merge-conflict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, box);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, ours_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, ours_source_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, theirs_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, theirs_source_label);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, ours_button);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, theirs_button);
  gtk_widget_class_bind_template_child (widget_class, WepMergeConflictRow, both_button);
  gtk_widget_class_bind_template_callback (widget_class, button_toggled_cb);
}

static void
wep_merge_conflict_row_init (WepMergeConflictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

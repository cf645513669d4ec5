/* wep-scenarios-view.c: the "Scenario's" page
 *
 * On the left the plan's scenarios, the one shown (the session's current
 * scenario) marked; choosing another shows that one everywhere in the
 * window. Each has a menu to duplicate, rename or delete it, and the page
 * makes new ones; every edit is one undoable change of the document. On
 * the right two scenarios compared (wep-scenarios-view-compare.c). A
 * read-only plan is listed and compared, not changed; a plan without
 * scenarios shows a page that offers to make one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-scenario-edit.h"
#include "wep-scenarios-view-private.h"

G_DEFINE_FINAL_TYPE (WepScenariosView, wep_scenarios_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the list ---------------------------------------------------------- */

static gboolean
same_summaries (GPtrArray *a,
                GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const WepScenarioSummary *sa = g_ptr_array_index (a, i);
      const WepScenarioSummary *sb = g_ptr_array_index (b, i);

      if (g_strcmp0 (sa->name, sb->name) != 0 || sa->base_year != sb->base_year
          || sa->horizon_years != sb->horizon_years || sa->n_regions != sb->n_regions)
        return FALSE;
    }
  return TRUE;
}

static void
current_toggled_cb (WepScenariosView *self,
                    GtkCheckButton   *check)
{
  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  if (gtk_check_button_get_active (check))
    wep_session_set_scenario (self->session, g_object_get_data (G_OBJECT (check), "scenario"));
}

static GMenuModel *
create_row_menu (const char *name)
{
  static const struct { const char *label; const char *action; } items[] = {
    { N_("_Duplicate…"), "scenarios.duplicate" },
    { N_("_Rename…"), "scenarios.rename" },
    { N_("_Delete…"), "scenarios.delete" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_string (name));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GtkWidget *
create_row (WepScenariosView         *self,
            const WepScenarioSummary *summary,
            GtkCheckButton           *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  g_autofree char *regions = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *show = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->name);
  regions = g_strdup_printf (ngettext ("%u region", "%u regions", summary->n_regions),
                             summary->n_regions);
  /* Translators: a scenario's years and regions ("2026–2035 · 1 region") */
  subtitle = g_strdup_printf (_("%d–%d · %s"), summary->base_year,
                              summary->base_year + summary->horizon_years - 1, regions);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "scenario", g_strdup (summary->name), g_free);

  /* The one shown: a choice of one, the whole row chooses. */
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Show this scenario"));
  show = g_strdup_printf (_("Show scenario “%s”"), summary->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, show, -1);
  g_object_set_data_full (G_OBJECT (check), "scenario", g_strdup (summary->name), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  /* Why the scenario shown cannot run. */
  gtk_widget_add_css_class (warning, "warning");
  gtk_widget_set_visible (warning, FALSE);
  g_object_set_data (G_OBJECT (row), "warning", warning);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);

  if (!self->read_only)
    {
      g_autoptr (GMenuModel) menu = create_row_menu (summary->name);
      g_autofree char *label = g_strdup_printf (_("Change scenario “%s”"), summary->name);
      GtkWidget *button = gtk_menu_button_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
      gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Duplicate, Rename or Delete"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  g_signal_connect_object (check, "toggled", G_CALLBACK (current_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* Marks the scenario shown, and says why when it cannot run. */
static void
update_current (WepScenariosView *self)
{
  const char *current = wep_session_get_scenario (self->session);
  const char *problem = wep_session_get_problem (self->session);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *name = g_object_get_data (G_OBJECT (row), "scenario");
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
      GtkWidget *warning = g_object_get_data (G_OBJECT (row), "warning");
      gboolean is_current = g_strcmp0 (name, current) == 0;

      if (name == NULL)
        continue;
      if (is_current)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_visible (warning, is_current && problem != NULL);
      gtk_widget_set_tooltip_text (warning, is_current ? problem : NULL);
    }
}

static void
refresh_list (WepScenariosView *self,
              gboolean          rebuild)
{
  WepDocument *doc = wep_session_get_document (self->session);
  g_autoptr (GPtrArray) summaries = wep_document_list_scenario_summaries (doc);
  GtkWidget *child;
  GtkCheckButton *group = NULL;

  if (rebuild || !same_summaries (summaries, self->summaries))
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
        gtk_list_box_remove (self->list, child);
      for (guint i = 0; i < summaries->len; i++)
        {
          GtkWidget *row = create_row (self, g_ptr_array_index (summaries, i), group);

          if (group == NULL)
            group = g_object_get_data (G_OBJECT (row), "check");
          gtk_list_box_append (self->list, row);
        }
      g_clear_pointer (&self->summaries, g_ptr_array_unref);
      self->summaries = g_steal_pointer (&summaries);
    }
  update_current (self);
}

/* What a read-only plan or one without scenarios shows and allows. */
static void
update_state (WepScenariosView *self)
{
  WepDocument *doc = wep_session_get_document (self->session);
  gboolean empty = self->summaries == NULL || self->summaries->len == 0;

  self->read_only = wep_document_get_read_only (doc);
  gtk_widget_set_visible (self->new_button, !self->read_only);
  gtk_widget_set_visible (self->empty_new_button, !self->read_only);
  gtk_widget_set_visible (self->read_only_label, self->read_only);
  for (guint i = 0; i < 4; i++)
    {
      static const char *const actions[] = {
        "scenarios.new", "scenarios.duplicate", "scenarios.rename", "scenarios.delete",
      };

      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !self->read_only);
    }
  adw_status_page_set_description (self->empty_page,
                                   self->read_only
                                   ? _("This plan has no scenarios, and it is read-only.")
                                   : _("A scenario puts the plan’s data together with choices "
                                       "of policy — prevention, priority in allocation, the "
                                       "pathways — so that the model can run it."));
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "scenarios");
}

static void
refresh (WepScenariosView *self)
{
  gboolean read_only = wep_document_get_read_only (wep_session_get_document (self->session));

  /* The rows' menus depend on whether the plan may be changed. */
  refresh_list (self, read_only != self->read_only);
  update_state (self);
  _wep_scenarios_view_refresh_compare (self);
}

static void
document_changed_cb (WepScenariosView *self)
{
  g_assert (WEP_IS_SCENARIOS_VIEW (self));
  refresh (self);
}

static void
session_changed_cb (WepScenariosView *self)
{
  g_assert (WEP_IS_SCENARIOS_VIEW (self));
  update_current (self);
}

/* ---- actions ----------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _wep_scenarios_view_open_name_dialog (WEP_SCENARIOS_VIEW (widget), WEP_NAME_DIALOG_NEW, NULL);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _wep_scenarios_view_open_name_dialog (WEP_SCENARIOS_VIEW (widget), WEP_NAME_DIALOG_DUPLICATE,
                                        g_variant_get_string (parameter, NULL));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _wep_scenarios_view_open_name_dialog (WEP_SCENARIOS_VIEW (widget), WEP_NAME_DIALOG_RENAME,
                                        g_variant_get_string (parameter, NULL));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _wep_scenarios_view_open_delete_dialog (WEP_SCENARIOS_VIEW (widget),
                                          g_variant_get_string (parameter, NULL));
}

static void
show_compare_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  wep_scenarios_view_show_compare (WEP_SCENARIOS_VIEW (widget));
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (WEP_SCENARIOS_VIEW (widget)->leaflet, "list");
}

/* F2 and Ctrl+D: rename or duplicate the scenario shown. */
static gboolean
edit_current_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  WepScenariosView *self = WEP_SCENARIOS_VIEW (widget);
  const char *current = wep_session_get_scenario (self->session);

  if (current == NULL || self->read_only)
    return FALSE;
  _wep_scenarios_view_open_name_dialog (self, g_variant_get_int32 (args), current);
  return TRUE;
}

/* ---- the object -------------------------------------------------------- */

static void
folded_changed_cb (WepScenariosView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  g_assert (WEP_IS_SCENARIOS_VIEW (self));

  gtk_widget_set_visible (self->back_button, folded);
  gtk_widget_set_visible (self->compare_button, folded);
}

static void
wep_scenarios_view_constructed (GObject *object)
{
  WepScenariosView *self = (WepScenariosView *) object;
  WepDocument *doc;

  G_OBJECT_CLASS (wep_scenarios_view_parent_class)->constructed (object);

  g_assert (WEP_IS_SESSION (self->session));
  doc = wep_session_get_document (self->session);
  g_signal_connect_object (doc, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Saved under another name, a read-only plan may be changed. */
  g_signal_connect_object (doc, "notify::path", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::scenario", G_CALLBACK (session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "results-changed", G_CALLBACK (session_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->read_only = wep_document_get_read_only (doc);
  refresh (self);
}

static void
wep_scenarios_view_dispose (GObject *object)
{
  WepScenariosView *self = (WepScenariosView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_SCENARIOS_VIEW);
  _wep_scenarios_view_dispose_compare (self);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_scenarios_view_parent_class)->dispose (object);
}

static void
wep_scenarios_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WepScenariosView *self = WEP_SCENARIOS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_scenarios_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WepScenariosView *self = WEP_SCENARIOS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_set_object (&self->session, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_scenarios_view_class_init (WepScenariosViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_scenarios_view_constructed;
  object_class->dispose = wep_scenarios_view_dispose;
  object_class->get_property = wep_scenarios_view_get_property;
  object_class->set_property = wep_scenarios_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/scenarios/"
                                               "wep-scenarios-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, stack);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, new_button);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, list);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, compare_button);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, back_button);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, compare_a_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, compare_b_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, names);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, regions);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, compare_stack);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, message_page);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, input_heading);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, result_heading);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, input_view);
  gtk_widget_class_bind_template_child (widget_class, WepScenariosView, result_view);
  gtk_widget_class_bind_template_callback (widget_class, _wep_scenarios_view_compare_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, _wep_scenarios_view_region_changed_cb);

  gtk_widget_class_install_action (widget_class, "scenarios.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "scenarios.duplicate", "s", duplicate_action);
  gtk_widget_class_install_action (widget_class, "scenarios.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "scenarios.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "scenarios.show-compare", NULL,
                                   show_compare_action);
  gtk_widget_class_install_action (widget_class, "scenarios.show-list", NULL, show_list_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F2, 0, edit_current_cb, "i",
                                WEP_NAME_DIALOG_RENAME);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, edit_current_cb, "i",
                                WEP_NAME_DIALOG_DUPLICATE);

  /* The page's own few style rules (wep-scenarios-view.css). */
  if (gdk_display_get_default () != NULL)
    {
      g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/io/github/woneneerst/Planner/scenarios/"
                                                     "wep-scenarios-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

static void
wep_scenarios_view_init (WepScenariosView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _wep_scenarios_view_init_compare (self);

  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  folded_changed_cb (self);
}

GtkWidget *
wep_scenarios_view_new (WepSession *session)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);

  return g_object_new (WEP_TYPE_SCENARIOS_VIEW, "session", session, NULL);
}

WepSession *
wep_scenarios_view_get_session (WepScenariosView *self)
{
  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), NULL);
  return self->session;
}

void
wep_scenarios_view_compare (WepScenariosView *self,
                            const char       *a,
                            const char       *b)
{
  g_return_if_fail (WEP_IS_SCENARIOS_VIEW (self));

  _wep_scenarios_view_set_string (&self->compare_a, a);
  _wep_scenarios_view_set_string (&self->compare_b, b);
  _wep_scenarios_view_refresh_compare (self);
}

void
wep_scenarios_view_set_region_filter (WepScenariosView *self,
                                      const char       *region)
{
  guint selected = 0;

  g_return_if_fail (WEP_IS_SCENARIOS_VIEW (self));

  for (guint i = 0; region != NULL && self->region_names != NULL && self->region_names[i] != NULL;
       i++)
    if (g_str_equal (self->region_names[i], region))
      selected = i + 1;
  gtk_drop_down_set_selected (self->region_dropdown, selected);
  _wep_scenarios_view_region_changed_cb (self);
}

GListModel *
wep_scenarios_view_get_input_differences (WepScenariosView *self)
{
  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), NULL);
  return G_LIST_MODEL (self->input_model);
}

GListModel *
wep_scenarios_view_get_result_differences (WepScenariosView *self)
{
  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), NULL);
  return G_LIST_MODEL (self->result_model);
}

const char *
wep_scenarios_view_get_compare_problem (WepScenariosView *self)
{
  g_return_val_if_fail (WEP_IS_SCENARIOS_VIEW (self), NULL);
  return self->compare_problem;
}

void
wep_scenarios_view_show_compare (WepScenariosView *self)
{
  g_return_if_fail (WEP_IS_SCENARIOS_VIEW (self));
  adw_leaflet_set_visible_child_name (self->leaflet, "compare");
}

/* wep-window.c: the main window
 *
 * Without a plan the window welcomes (the example, a new plan, a file, the
 * recent plans and unsaved work to recover); with one it follows a
 * WepSession and shows its views in an AdwViewStack. Every change of the
 * plan goes through the document, which tells the session, which tells the
 * views. The file handling is in wep-window-files.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wep-example.h"
#include "wep-plans-view.h"
#include "dialogs/wep-boundary-download-dialog.h"
#include "dialogs/wep-import-dialog.h"
#include "charts/wep-charts-view.h"
#include "dialogs/wep-merge-dialog.h"
#include "map/wep-map-view.h"
#include "reports/wep-report-print.h"
#include "scenarios/wep-scenarios-view.h"
#include "wep-assumptions-view.h"
#include "wep-settings.h"
#include "wep-window-private.h"

G_DEFINE_FINAL_TYPE (WepWindow, wep_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SELECTED_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define AUTOSAVE_SECONDS 60

/* ---- title, strip and actions ------------------------------------------ */

static char *
describe_plan (WepWindow *self)
{
  WepDocument *document = wep_session_get_document (self->session);
  g_autofree char *title = wep_document_get_meta (document, "title");
  const char *path = self->recover_target != NULL ? self->recover_target
                                                  : wep_document_get_path (document);

  if (title != NULL && *title != '\0')
    return g_steal_pointer (&title);
  if (path != NULL && *path != '\0')
    return g_path_get_basename (path);
  return g_strdup (_("New Plan"));
}

void
_wep_window_update_title (WepWindow *self)
{
  WepDocument *document;
  g_autofree char *plan = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *subtitle = NULL;
  const char *scenario;

  g_assert (WEP_IS_WINDOW (self));

  if (self->session == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, "Wonen Eerst Planner");
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Wonen Eerst Planner");
      return;
    }

  document = wep_session_get_document (self->session);
  plan = describe_plan (self);
  /* A dot before the title: the plan has changes that are not saved. */
  title = _wep_window_has_unsaved (self) ? g_strconcat ("• ", plan, NULL) : g_strdup (plan);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  scenario = wep_session_get_scenario (self->session);
  organisation = wep_document_get_meta (document, "organisation");
  if (organisation != NULL && *organisation == '\0')
    g_clear_pointer (&organisation, g_free);
  if (scenario != NULL && organisation != NULL)
    /* Translators: the subtitle: the scenario shown and the organisation
     * the plan comes from, e.g. "Scenario Basis · from Gemeente Zwolle" */
    subtitle = g_strdup_printf (_("Scenario %s · from %s"), scenario, organisation);
  else if (scenario != NULL)
    subtitle = g_strdup_printf (_("Scenario %s"), scenario);
  else if (organisation != NULL)
    subtitle = g_strdup_printf (_("From %s"), organisation);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

static void
update_banner (WepWindow *self)
{
  const char *reason = NULL;

  g_assert (WEP_IS_WINDOW (self));

  if (self->session != NULL)
    reason = wep_document_get_read_only_reason (wep_session_get_document (self->session));
  if (reason != NULL)
    gtk_label_set_text (self->banner_label, reason);
  gtk_revealer_set_reveal_child (self->banner_revealer, reason != NULL);
}

static const char *changing_actions[] = { "win.import", "win.merge", "win.download-boundaries" };

void
_wep_window_actions_update (WepWindow *self)
{
  WepDocument *document = NULL;
  const char *undo = NULL;
  const char *redo = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;
  gboolean has_plan = self->session != NULL;

  g_assert (WEP_IS_WINDOW (self));

  if (has_plan)
    {
      document = wep_session_get_document (self->session);
      undo = wep_document_get_undo_label (document);
      redo = wep_document_get_redo_label (document);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 has_plan && !wep_document_get_read_only (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", has_plan);
  /* A read-only plan is not changed: save it under another name first. */
  for (guint i = 0; i < G_N_ELEMENTS (changing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), changing_actions[i],
                                   has_plan && !wep_document_get_read_only (document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", redo != NULL);
  gtk_widget_set_visible (self->save_button, has_plan);

  /* The menu names what undo and redo would do. */
  /* Translators: a menu item, %s is what undo undoes, e.g. "Plan toevoegen" */
  undo_label = undo != NULL ? g_strdup_printf (_("_Undo: %s"), undo) : g_strdup (_("_Undo"));
  /* Translators: a menu item, %s is what redo does again */
  redo_label = redo != NULL ? g_strdup_printf (_("_Redo: %s"), redo) : g_strdup (_("_Redo"));
  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo_label, "win.undo");
  g_menu_append (self->undo_section, redo_label, "win.redo");
}

static void
document_changed_cb (WepWindow *self)
{
  g_assert (WEP_IS_WINDOW (self));

  _wep_window_actions_update (self);
  _wep_window_update_title (self);
  update_banner (self);
}

static gboolean
autosave_cb (gpointer user_data)
{
  WepWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  WepDocument *document;

  g_assert (WEP_IS_WINDOW (self));

  if (self->session == NULL)
    return G_SOURCE_CONTINUE;
  document = wep_session_get_document (self->session);
  if (wep_document_get_modified (document) && !wep_document_autosave (document, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Unsaved work could not be kept: %s"),
                                               error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  return G_SOURCE_CONTINUE;
}

/* ---- pages ------------------------------------------------------------ */

static const struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (WepSession *session);
} page_info[WEP_N_PAGES] = {
  [WEP_PAGE_MAP] = { "map", N_("_Map"), "mark-location-symbolic", wep_map_view_new },
  [WEP_PAGE_CHARTS] = { "charts", N_("_Charts"), "x-office-presentation-symbolic",
                        wep_charts_view_new },
  [WEP_PAGE_PLANS] = { "plans", N_("_Plans"), "view-list-symbolic", wep_plans_view_new },
  [WEP_PAGE_ASSUMPTIONS] = { "assumptions", N_("_Assumptions"), "preferences-other-symbolic",
                             wep_assumptions_view_new },
  [WEP_PAGE_SCENARIOS] = { "scenarios", N_("_Scenarios"), "view-dual-symbolic",
                           wep_scenarios_view_new },
};

/* The view of a page, made now if it was not yet: the window opens fast,
 * and a plan's pages cost nothing until they are looked at. */
GtkWidget *
wep_window_get_page (WepWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < WEP_N_PAGES; i++)
    if (self->pages[i] != NULL && g_str_equal (page_info[i].name, name))
      {
        AdwBin *bin = ADW_BIN (self->pages[i]);
        GtkWidget *view = adw_bin_get_child (bin);

        if (view == NULL)
          {
            view = page_info[i].create (self->session);
            /* A page that follows the selected region follows the window's. */
            if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "selected-region"))
              g_object_bind_property (self, "selected-region", view, "selected-region",
                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
            /* And the year the Overzicht shows. */
            if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "year"))
              g_object_bind_property (self->overview_view, "year", view, "year",
                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
            adw_bin_set_child (bin, view);
          }
        return view;
      }
  return NULL;
}

static void
visible_page_cb (WepWindow *self)
{
  const char *name;

  g_assert (WEP_IS_WINDOW (self));

  name = adw_view_stack_get_visible_child_name (self->view_stack);
  if (name != NULL)
    wep_window_get_page (self, name);
}

/* ---- the plan ---------------------------------------------------------- */

void
wep_window_set_document (WepWindow   *self,
                         WepDocument *document)
{
  g_autoptr(WepSession) old = NULL;

  g_return_if_fail (WEP_IS_WINDOW (self));
  g_return_if_fail (document == NULL || WEP_IS_DOCUMENT (document));

  old = g_steal_pointer (&self->session);
  if (old != NULL)
    {
      WepDocument *old_document = wep_session_get_document (old);

      g_signal_handlers_disconnect_by_data (old_document, self);
      g_signal_handlers_disconnect_by_data (old, self);
      if (old_document != document)
        wep_document_close (old_document);
    }
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->recovered_from, g_free);
  g_clear_pointer (&self->recover_target, g_free);

  if (document != NULL)
    {
      self->session = wep_session_new (document);
      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::path", G_CALLBACK (document_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session, "notify::scenario",
                               G_CALLBACK (_wep_window_update_title), self,
                               G_CONNECT_SWAPPED);
      self->autosave_source = g_timeout_add_seconds (AUTOSAVE_SECONDS, autosave_cb, self);
    }

  wep_overview_view_set_session (self->overview_view, self->session);
  /* The pages follow one session for their life: new ones per plan. */
  for (guint i = 0; i < WEP_N_PAGES; i++)
    if (self->pages[i] != NULL)
      adw_view_stack_remove (self->view_stack, g_steal_pointer (&self->pages[i]));
  if (self->session != NULL)
    for (guint i = 0; i < WEP_N_PAGES; i++)
      {
        AdwViewStackPage *page;

        self->pages[i] = adw_bin_new ();
        page = adw_view_stack_add_titled (self->view_stack, self->pages[i], page_info[i].name,
                                          _(page_info[i].title));
        adw_view_stack_page_set_use_underline (page, TRUE);
        adw_view_stack_page_set_icon_name (page, page_info[i].icon_name);
      }
  wep_overview_view_set_selected_region (self->overview_view, NULL);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title,
                                                     self->session != NULL);
  if (self->session != NULL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "overview");
      gtk_stack_set_visible_child_name (self->main_stack, "plan");
    }
  else
    {
      wep_welcome_page_refresh (self->welcome_page);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }

  document_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

/* ---- actions ----------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _wep_window_request (WEP_WINDOW (widget), WEP_PENDING_NEW, NULL);
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _wep_window_request (WEP_WINDOW (widget), WEP_PENDING_EXAMPLE, NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _wep_window_choose_open (WEP_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  wep_window_open_file (WEP_WINDOW (widget), file);
}

static void
recover_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  _wep_window_request (WEP_WINDOW (widget), WEP_PENDING_RECOVER, file);
}

static void
discard_recovery_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *autosaves = g_build_filename (g_get_user_cache_dir (),
                                                 "wonen-eerst-planner", "autosave", NULL);

  /* Only ever a copy in the autosave folder. */
  if (g_strcmp0 (dir, autosaves) == 0)
    g_unlink (path);
  wep_welcome_page_refresh (self->welcome_page);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _wep_window_save (WEP_WINDOW (widget));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _wep_window_save_as (WEP_WINDOW (widget));
}

static void
undo_redo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  WepDocument *document;
  gboolean ok;

  if (self->session == NULL)
    return;
  document = wep_session_get_document (self->session);
  if (g_str_equal (action_name, "win.undo"))
    ok = wep_document_undo (document, &error);
  else
    ok = wep_document_redo (document, &error);
  if (!ok)
    _wep_window_show_error (self, _("The Change Could Not Be Undone"), error);
  _wep_window_actions_update (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);

  if (self->session != NULL)
    wep_import_dialog_present (GTK_WINDOW (self), self->session);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);

  if (self->session != NULL)
    wep_merge_dialog_present (GTK_WINDOW (self), self->session);
}

static void
download_boundaries_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);
  g_autofree char *base_url = wep_settings_dup_pdok_base_url ();

  if (self->session != NULL)
    wep_boundary_download_dialog_present (GTK_WINDOW (self), self->session, base_url);
}

/* The report of the region shown (all regions on the whole plan). */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WepWindow *self = WEP_WINDOW (widget);

  if (self->session == NULL)
    return;
  if (g_str_equal (action_name, "win.print-report"))
    wep_report_print (GTK_WINDOW (self), self->session, self->selected_region);
  else
    wep_report_export_pdf (GTK_WINDOW (self), self->session, self->selected_region);
}

static void
selected_region_cb (WepWindow *self)
{
  g_assert (WEP_IS_WINDOW (self));

  wep_window_set_selected_region (self,
                                  wep_overview_view_get_selected_region (self->overview_view));
}

static gboolean
wep_window_close_request (GtkWindow *window)
{
  WepWindow *self = WEP_WINDOW (window);

  if (!self->closing && _wep_window_has_unsaved (self))
    {
      _wep_window_request (self, WEP_PENDING_CLOSE, NULL);
      return TRUE;
    }
  /* Drop the lock and the autosave: the work is saved or let go of. */
  wep_window_set_document (self, NULL);

  return GTK_WINDOW_CLASS (wep_window_parent_class)->close_request (window);
}

static void
wep_window_dispose (GObject *object)
{
  WepWindow *self = (WepWindow *) object;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), WEP_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wep_window_parent_class)->dispose (object);
}

static void
wep_window_finalize (GObject *object)
{
  WepWindow *self = (WepWindow *) object;

  g_clear_pointer (&self->selected_region, g_free);
  g_clear_pointer (&self->recovered_from, g_free);
  g_clear_pointer (&self->recover_target, g_free);

  G_OBJECT_CLASS (wep_window_parent_class)->finalize (object);
}

static void
wep_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WepWindow *self = WEP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->selected_region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WepWindow *self = WEP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_REGION:
      wep_window_set_selected_region (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_window_class_init (WepWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = wep_window_dispose;
  object_class->finalize = wep_window_finalize;
  object_class->get_property = wep_window_get_property;
  object_class->set_property = wep_window_set_property;
  window_class->close_request = wep_window_close_request;

  /**
   * WepWindow:selected-region:
   *
   * The region every view follows; %NULL for the whole plan.
   */
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WEP_TYPE_OVERVIEW_VIEW);
  g_type_ensure (WEP_TYPE_WELCOME_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/wep-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WepWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, overview_view);
  gtk_widget_class_bind_template_child (widget_class, WepWindow, undo_section);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.recover", "s", recover_action);
  gtk_widget_class_install_action (widget_class, "win.discard-recovery", "s",
                                   discard_recovery_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "win.download-boundaries", NULL,
                                   download_boundaries_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_redo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_redo_action);
}

static void
wep_window_init (WepWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The size of the last window closed: a new window starts like it, and
   * this one's size is kept when it closes. */
  self->settings = wep_settings_new ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT);
    }

  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview_view, "notify::selected-region",
                           G_CALLBACK (selected_region_cb), self, G_CONNECT_SWAPPED);
  _wep_window_setup_files (self);
  wep_window_set_document (self, NULL);
}

WepWindow *
wep_window_new (AdwApplication *application)
{
  g_return_val_if_fail (application == NULL || ADW_IS_APPLICATION (application), NULL);

  return g_object_new (WEP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

WepSession *
wep_window_get_session (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->session;
}

WepDocument *
wep_window_get_document (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->session != NULL ? wep_session_get_document (self->session) : NULL;
}

const char *
wep_window_get_selected_region (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->selected_region;
}

void
wep_window_set_selected_region (WepWindow  *self,
                                const char *region)
{
  g_return_if_fail (WEP_IS_WINDOW (self));

  if (g_strcmp0 (self->selected_region, region) == 0)
    return;
  g_free (self->selected_region);
  self->selected_region = g_strdup (region);
  wep_overview_view_set_selected_region (self->overview_view, region);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

WepOverviewView *
wep_window_get_overview (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->overview_view;
}

AdwViewStack *
wep_window_get_view_stack (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->view_stack;
}

GtkRevealer *
wep_window_get_banner (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->banner_revealer;
}

GtkLabel *
wep_window_get_banner_label (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return self->banner_label;
}

GMenuModel *
wep_window_get_undo_menu (WepWindow *self)
{
  g_return_val_if_fail (WEP_IS_WINDOW (self), NULL);

  return G_MENU_MODEL (self->undo_section);
}

/* wep-welcome-page.c: what a window without a plan shows
 *
 * The ways to start (the example, a new plan, a file), the plans opened
 * lately and the work an earlier run left unsaved. The rows and buttons
 * name window actions only (win.open-recent, win.recover ...).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wep-document.h"
#include "wep-welcome-page.h"

struct _WepWelcomePage
{
  GtkWidget      parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *recover_group;
  GtkListBox    *recover_list;
  GtkWidget     *recent_group;
  GtkListBox    *recent_list;
};

G_DEFINE_FINAL_TYPE (WepWelcomePage, wep_welcome_page, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* "~/Documenten/Plannen" for a file in the home folder. */
static char *
describe_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  gsize n = strlen (home);

  if (g_str_has_prefix (dir, home) && (dir[n] == '/' || dir[n] == '\0'))
    return g_strconcat ("~", dir + n, NULL);
  return g_steal_pointer (&dir);
}

static GtkWidget *
create_file_row (const char *title,
                 const char *subtitle,
                 const char *action,
                 const char *path)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Newest first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static void
fill_recent (WepWelcomePage *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (manager);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), WEP_DOCUMENT_EXTENSION)
          && gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (plans, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (plans, compare_recent);

  clear_list (self->recent_list);
  for (guint i = 0; i < plans->len && i < WEP_WELCOME_MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      g_autofree char *name = NULL;
      g_autofree char *folder = NULL;

      if (path == NULL)
        continue;
      name = g_path_get_basename (path);
      folder = describe_folder (path);
      gtk_list_box_append (self->recent_list,
                           create_file_row (name, folder, "win.open-recent", path));
    }
  gtk_widget_set_visible (self->recent_group,
                          gtk_widget_get_first_child (GTK_WIDGET (self->recent_list)) != NULL);
}

static void
fill_recover (WepWelcomePage *self)
{
  g_auto(GStrv) autosaves = wep_autosave_list ();

  clear_list (self->recover_list);
  for (guint i = 0; autosaves[i] != NULL; i++)
    {
      g_autofree char *original = wep_autosave_get_original (autosaves[i]);
      g_autoptr(GFile) file = g_file_new_for_path (autosaves[i]);
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *time = NULL;
      GtkWidget *row;
      GtkWidget *discard;

      /* Not a plan any more (a half-written copy): nothing to offer. */
      if (original == NULL)
        continue;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (info != NULL && (when = g_file_info_get_modification_date_time (info)) != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (when);

          time = g_date_time_format (local, "%e %B %Y, %H:%M");
        }

      if (*original == '\0')
        title = g_strdup (_("Unsaved Plan"));
      else
        title = g_path_get_basename (original);
      /* Translators: when a plan's unsaved work was kept, e.g.
       * "Kept on 27 November 2026, 08:00" */
      subtitle = g_strdup_printf (_("Kept on %s"), time != NULL ? g_strstrip (time) : "?");

      row = create_file_row (title, subtitle, "win.recover", autosaves[i]);
      discard = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (discard, _("Discard This Work"));
      gtk_widget_add_css_class (discard, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-recovery");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (discard),
                                              g_variant_new_string (autosaves[i]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), discard);
      gtk_list_box_append (self->recover_list, row);
    }
  gtk_widget_set_visible (self->recover_group,
                          gtk_widget_get_first_child (GTK_WIDGET (self->recover_list)) != NULL);
}

static void
wep_welcome_page_dispose (GObject *object)
{
  GtkWidget *child;
  gtk_widget_dispose_template (GTK_WIDGET (object), WEP_TYPE_WELCOME_PAGE);
  /* dispose_template leaves the children it did not bind. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (wep_welcome_page_parent_class)->dispose (object);
}

static void
wep_welcome_page_class_init (WepWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wep_welcome_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/woneneerst/Planner/wep-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WepWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, WepWelcomePage, recover_group);
  gtk_widget_class_bind_template_child (widget_class, WepWelcomePage, recover_list);
  gtk_widget_class_bind_template_child (widget_class, WepWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, WepWelcomePage, recent_list);
}

static void
wep_welcome_page_init (WepWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->status_page, APP_ID);
  wep_welcome_page_refresh (self);
}

GtkWidget *
wep_welcome_page_new (void)
{
  return g_object_new (WEP_TYPE_WELCOME_PAGE, NULL);
}

void
wep_welcome_page_refresh (WepWelcomePage *self)
{
  g_return_if_fail (WEP_IS_WELCOME_PAGE (self));

  fill_recent (self);
  fill_recover (self);
}

/* wep-application.c: the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wep-application.h"
#include "wep-window.h"

#define WEP_WEBSITE   "https://github.com/woneneerst/planner"
#define WEP_ISSUE_URL "https://github.com/woneneerst/planner/issues"

struct _WepApplication
{
  AdwApplication parent_instance;

  gboolean       open_example;   /* --example: the first window opens it */
};

G_DEFINE_FINAL_TYPE (WepApplication, wep_application, ADW_TYPE_APPLICATION)

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WepApplication *self = user_data;

  g_assert (WEP_IS_APPLICATION (self));

  g_application_quit (G_APPLICATION (self));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  WepApplication *self = user_data;
  GtkWindow *parent;
  GtkWidget *about;

  g_assert (WEP_IS_APPLICATION (self));

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", "Wonen Eerst Planner",
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Wonen Eerst Planner contributors"),
                        "comments", _("Plan the homes and support a region needs so that "
                                      "people can leave the shelter for a home of their own: "
                                      "Housing First, independent living with support and "
                                      "clustered supported housing."),
                        "website", WEP_WEBSITE,
                        "issue-url", WEP_ISSUE_URL,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line, as
                         * "Name <email>" or "Name https://website" */
                        "translator-credits", _("translator-credits"),
                        "copyright", _("© 2026 The Wonen Eerst Planner contributors"),
                        NULL);
  adw_about_window_add_legal_section (
    ADW_ABOUT_WINDOW (about), _("Boundaries"),
    /* Translators: the source of downloaded boundaries */
    _("Municipal and provincial boundaries: CBS and Kadaster, “Gebiedsindelingen”, "
      "through PDOK"), GTK_LICENSE_CUSTOM,
    _("The boundaries are open data under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
      "a plan and its reports name them as their source."));
  adw_about_window_add_legal_section (
    ADW_ABOUT_WINDOW (about), _("Figures of the Example"),
    _("The example's figures are illustrative, grounded in published figures: CBS "
      "(homelessness estimates, Monitor Dakloosheid, municipal division 2025), "
      "Trimbos-instituut (Housing First outcomes), Stichting Zwerfjongeren Nederland "
      "(costs, after Cebeon) and the national action plan on homelessness “Eerst een Thuis”."),
    GTK_LICENSE_CUSTOM,
    _("docs/model.md gives every figure with its source."));
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Built With"),
                                       (const char *[]) {
                                         "GTK https://gtk.org",
                                         "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
                                         "SQLite https://sqlite.org",
                                         "GDAL https://gdal.org",
                                         "json-glib https://gitlab.gnome.org/GNOME/json-glib",
                                         NULL });

  gtk_window_present (GTK_WINDOW (about));
}

/* The user guide (help/nl/), in the browser. WEP_HELPDIR: the source
 * tree's, for running from the build folder. */
static void
help_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WepApplication *self = user_data;
  const char *dir = g_getenv ("WEP_HELPDIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : HELPDIR, "nl", "index.html", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert (WEP_IS_APPLICATION (self));

  gtk_show_uri (gtk_application_get_active_window (GTK_APPLICATION (self)), uri,
                GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb },
  { "help", help_action_cb },
  { "about", about_action_cb },
};

static const struct
{
  const char *action;
  const char *accels[2];
} window_accels[] = {
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.print-report", { "<Control>p", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
};

static void
wep_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "F1", NULL };
  WepApplication *self = WEP_APPLICATION (application);

  G_APPLICATION_CLASS (wep_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  for (guint i = 0; i < G_N_ELEMENTS (window_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           window_accels[i].action,
                                           window_accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
}

/* For bench/wep-bench-gui.c (WEP_BENCH_FIRST_FRAME set): say when the
 * first frame of the window is on screen, and quit. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GApplication  *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  AdwViewStack *stack = window != NULL ? wep_window_get_view_stack (WEP_WINDOW (window)) : NULL;
  AdwViewStackPage *page = NULL;

  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, application);
  if (stack != NULL && adw_view_stack_get_visible_child (stack) != NULL)
    page = adw_view_stack_get_page (stack, adw_view_stack_get_visible_child (stack));
  /* And what the page is called, in the language the app speaks. */
  g_print ("first-frame\t%s\n", page != NULL ? adw_view_stack_page_get_title (page) : "");
  fflush (stdout);
  g_application_quit (application);
}

static void
bench_window_realized_cb (GtkWidget    *window,
                          GApplication *application)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), application, 0);
}

static void
wep_application_activate (GApplication *application)
{
  GtkWindow *window;

  WepApplication *self = WEP_APPLICATION (application);

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window == NULL)
    {
      window = GTK_WINDOW (wep_window_new (ADW_APPLICATION (application)));
      if (g_getenv ("WEP_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "realize", G_CALLBACK (bench_window_realized_cb),
                                 application, 0);
    }
  if (self->open_example)
    {
      self->open_example = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
    }

  gtk_window_present (window);
}

static int
wep_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  WepApplication *self = WEP_APPLICATION (application);

  self->open_example = g_variant_dict_contains (options, "example");
  return -1; /* go on as usual */
}

/* The window that shows path, one without a plan, or a new one. */
static WepWindow *
find_window_for (WepApplication *self,
                 GFile          *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *canonical = path != NULL ? g_canonicalize_filename (path, NULL) : NULL;
  WepWindow *empty = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      WepDocument *document;

      if (!WEP_IS_WINDOW (l->data))
        continue;
      document = wep_window_get_document (l->data);
      if (document == NULL && empty == NULL)
        empty = l->data;
      else if (document != NULL && canonical != NULL
               && g_strcmp0 (wep_document_get_path (document), canonical) == 0)
        return l->data;
    }
  return empty != NULL ? empty : wep_window_new (ADW_APPLICATION (self));
}

static void
wep_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  WepApplication *self = WEP_APPLICATION (application);

  /* One window per file. */
  for (int i = 0; i < n_files; i++)
    {
      WepWindow *window = find_window_for (self, files[i]);

      if (wep_window_get_document (window) == NULL)
        wep_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
wep_application_class_init (WepApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = wep_application_startup;
  app_class->activate = wep_application_activate;
  app_class->handle_local_options = wep_application_handle_local_options;
  app_class->open = wep_application_open;
}

static void
wep_application_init (WepApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "example", 'e', G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_NONE, _("Open the built-in example plan"), NULL);
}

WepApplication *
wep_application_new (void)
{
  return g_object_new (WEP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/woneneerst/Planner",
                       NULL);
}

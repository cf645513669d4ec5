/* wep-chart-widget-export.c: Export… (PNG, SVG or PDF, at a size chosen
 * in the file chooser) and Copy (an image on the clipboard)
 *
 * Both draw the chart on the light style, as on paper, whatever the
 * screen's style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dialogs/wep-dialog-common.h"
#include "wep-chart-widget-private.h"

static const struct
{
  const char *id;
  int         width;     /* 0: as on screen */
  int         height;
  const char *label;     /* NULL: "width × height" */
} sizes[] = {
  { "screen", 0, 0, N_("As on screen") },
  { "800x450", 800, 450, NULL },
  { "1200x675", 1200, 675, NULL },
  { "1920x1080", 1920, 1080, NULL },
  { "a4", 842, 595, N_("A4 landscape (842 × 595)") },
  { "a4-half", 595, 421, N_("Half an A4 page (595 × 421)") },
};

#define DEFAULT_SIZE "1200x675"

static void
show_toast (WepChart   *self,
            const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

gboolean
wep_chart_export_file (WepChart       *self,
                       const char     *path,
                       WepChartFormat  format,
                       double          width,
                       double          height,
                       GError        **error)
{
  g_return_val_if_fail (WEP_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  _wep_chart_ensure_data (self);
  return wep_chart_export (self->data, path, format, width, height, error);
}

GdkTexture *
wep_chart_render_texture (WepChart *self,
                          int       width,
                          int       height)
{
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *surface;
  WepChartStyle style;
  GdkTexture *texture;
  int stride;

  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  _wep_chart_ensure_data (self);
  _wep_chart_style_from_widget (self, &style, TRUE);
  /* Twice the resolution: sharp in a document, also when enlarged. */
  style.scale = 2.0;
  surface = wep_chart_render_image (self->data, &style, 2 * width, 2 * height);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * 2 * height);
  texture = gdk_memory_texture_new (2 * width, 2 * height, GDK_MEMORY_DEFAULT, bytes, stride);
  cairo_surface_destroy (surface);
  return texture;
}

void
_wep_chart_copy_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WepChart *self = WEP_CHART (widget);
  int width = MAX (gtk_widget_get_width (widget), 600);
  int height = MAX (gtk_widget_get_height (widget), 340);
  g_autoptr (GdkTexture) texture = wep_chart_render_texture (self, width, height);

  g_assert (WEP_IS_CHART (self));

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  show_toast (self, _("Chart copied as an image"));
}

/* ---- the file chooser -------------------------------------------------- */

static GtkFileFilter *
new_filter (const char     *name,
            const char     *mime_type,
            WepChartFormat  format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", wep_chart_format_extension (format), NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, wep_chart_format_extension (format) + 1);
  g_object_set_data (G_OBJECT (filter), "wep-chart-format", GINT_TO_POINTER (format + 1));
  return filter;
}

static void
export_response_cb (WepChart             *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  /* Ours until this returns: what it answered stays valid meanwhile. */
  g_autoptr (GtkFileChooserNative) owned = g_steal_pointer (&self->export_chooser);
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  const char *size_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size");
  g_autofree char *path = NULL, *name = NULL, *message = NULL;
  g_autoptr (GError) error = NULL;
  WepChartFormat format = WEP_CHART_FORMAT_PNG;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  g_assert (WEP_IS_CHART (self));

  g_assert (owned == chooser);
  if (response != GTK_RESPONSE_ACCEPT || file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  /* The name's extension says the format; without one, the chosen kind
   * of file does, and gives the name its extension. */
  if (!wep_chart_format_from_path (path, &format))
    {
      int chosen = filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter),
                                                                        "wep-chart-format")) : 0;
      char *with_extension;

      format = chosen > 0 ? chosen - 1 : WEP_CHART_FORMAT_PNG;
      with_extension = g_strconcat (path, wep_chart_format_extension (format), NULL);
      g_free (path);
      path = with_extension;
    }
  for (guint i = 0; size_id != NULL && i < G_N_ELEMENTS (sizes); i++)
    if (g_str_equal (size_id, sizes[i].id) && sizes[i].width > 0)
      {
        width = sizes[i].width;
        height = sizes[i].height;
      }

  if (!wep_chart_export_file (self, path, format, MAX (width, WEP_CHART_EXPORT_MIN_SIZE),
                              MAX (height, WEP_CHART_EXPORT_MIN_SIZE), &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (GTK_IS_WINDOW (root))
        wep_dialog_show_error (GTK_WINDOW (root), _("Could Not Export the Chart"), error);
      return;
    }
  name = g_path_get_basename (path);
  /* Translators: %s is the file's name */
  message = g_strdup_printf (_("Chart exported as “%s”"), name);
  show_toast (self, message);
}

void
_wep_chart_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WepChart *self = WEP_CHART (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
  char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkFileFilter *png;

  g_assert (WEP_IS_CHART (self));

  if (self->export_chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  png = new_filter (_("PNG image"), "image/png", WEP_CHART_FORMAT_PNG);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               new_filter (_("SVG drawing"), "image/svg+xml",
                                           WEP_CHART_FORMAT_SVG));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser),
                               new_filter (_("PDF document"), "application/pdf",
                                           WEP_CHART_FORMAT_PDF));
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), png);

  /* The size: pixels for PNG, points (1/72 inch) for SVG and PDF. */
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      ids[i] = sizes[i].id;
      labels[i] = sizes[i].label != NULL ? g_strdup (_(sizes[i].label))
                                         : g_strdup_printf ("%d × %d", sizes[i].width,
                                                            sizes[i].height);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), ids,
                               (const char **) labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", DEFAULT_SIZE);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    g_free (labels[i]);

  name = g_strconcat (wep_chart_kind_file_stem (self->kind), ".png", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->export_chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* wep-map-view-export.c: "Export Map…" — the map as a PNG, SVG or PDF
 *
 * The file chooser asks for the file, the format and the page size; the
 * page (title, map, legend, scale bar, attribution) is drawn by the same
 * function the reports use (wep_map_draw_page ()), always on the flat
 * light base.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wep-map-view-private.h"

/* PNG files are drawn at this resolution, pages in points (1/72 inch). */
#define PNG_DPI 150.0

typedef struct
{
  const char *id;
  const char *label;
  double      width;    /* points */
  double      height;
} PageSize;

static const PageSize sizes[] = {
  { "a4-landscape", N_("A4, landscape"), 842, 595 },
  { "a4-portrait", N_("A4, portrait"), 595, 842 },
  { "a3-landscape", N_("A3, landscape"), 1191, 842 },
  { "slide", N_("Slide, 16:9"), 960, 540 },
};

static const char *const format_ids[WEP_N_MAP_FORMATS] = { "png", "svg", "pdf" };
static const char *const format_labels[WEP_N_MAP_FORMATS] = {
  N_("PNG image"), N_("SVG drawing"), N_("PDF document"),
};

gboolean
wep_map_view_export (WepMapView    *self,
                     const char    *path,
                     WepMapFormat   format,
                     double         width,
                     double         height,
                     GError       **error)
{
  WepDocument *doc;
  g_autofree char *plan = NULL;
  g_autoptr (GString) subtitle = g_string_new (NULL);
  WepMapPageOptions options = { 0 };
  double bounds[4];
  int region;
  gboolean ok;

  g_return_val_if_fail (WEP_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->scene == NULL || self->legend == NULL || self->data->n_with_shape == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no map to export: the plan has no boundaries."));
      return FALSE;
    }

  doc = wep_session_get_document (self->session);
  plan = wep_document_get_meta (doc, "title");
  if (plan != NULL && *plan != '\0')
    g_string_append (subtitle, plan);
  if (wep_session_get_scenario (self->session) != NULL)
    /* Translators: part of an exported map's subtitle */
    g_string_append_printf (subtitle, _("%sscenario “%s”"), subtitle->len > 0 ? " · " : "",
                            wep_session_get_scenario (self->session));
  if (wep_map_indicator_uses_fair_share (wep_map_view_get_indicator (self)))
    /* Translators: part of an exported map's subtitle: "fair share by population" */
    g_string_append_printf (subtitle, _("%sfair share by %s"), subtitle->len > 0 ? " · " : "",
                            wep_fair_share_key_label (wep_session_get_fair_share_key (self->session)));

  options.title = self->legend->title;
  options.subtitle = subtitle->str;
  region = wep_map_data_find_region_by_name (self->data, self->selected_region);
  if (region >= 0 && wep_map_data_region_bounds (self->data, region, bounds))
    options.bounds = bounds;

  /* What the pointer hovers over is no part of the map. */
  wep_map_scene_set_hover (self->scene, -1);
  wep_map_scene_set_draw_base (self->scene, TRUE);
  ok = wep_map_export (self->scene, &options, path, format, width, height, error);
  wep_map_scene_set_draw_base (self->scene, !self->online);
  wep_map_scene_set_hover (self->scene, self->hover);
  return ok;
}

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             WepMapView      *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr (GError) error = NULL;
  const char *format_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "format");
  const char *size_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "size");
  const PageSize *size = &sizes[0];
  WepMapFormat format = WEP_MAP_FORMAT_PDF;
  double factor;

  g_assert (WEP_IS_MAP_VIEW (self));

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_strcmp0 (size_id, sizes[i].id) == 0)
      size = &sizes[i];
  /* A format chosen decides, and the name gets its extension; left at
   * PDF, the name's own extension (.png, .svg) does. */
  for (guint i = 0; i < WEP_N_MAP_FORMATS; i++)
    if (g_strcmp0 (format_id, format_ids[i]) == 0)
      format = i;
  if (format == WEP_MAP_FORMAT_PDF && wep_map_format_from_path (path, &format))
    ;
  else
    {
      WepMapFormat named;
      char *with_extension;

      if (wep_map_format_from_path (path, &named))
        path[strlen (path) - 4] = '\0';
      with_extension = g_strconcat (path, ".", format_ids[format], NULL);
      g_free (path);
      path = with_extension;
    }
  factor = format == WEP_MAP_FORMAT_PNG ? PNG_DPI / 72.0 : 1.0;
  if (wep_map_view_export (self, path, format, round (size->width * factor),
                           round (size->height * factor), &error))
    {
      g_autofree char *name = g_filename_display_basename (path);

      /* Translators: after "Export Map…", %s is the file's name */
      message = g_strdup_printf (_("Map exported to %s"), name);
      _wep_map_view_show_toast (self, message);
    }
  else
    _wep_map_view_show_toast (self, error->message);

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_wep_map_view_export_dialog (WepMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  const char *size_labels[G_N_ELEMENTS (sizes) + 1] = { NULL };
  const char *size_ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
  const char *labels[WEP_N_MAP_FORMATS + 1] = { NULL };
  const char *ids[WEP_N_MAP_FORMATS + 1] = { NULL };

  chooser = gtk_file_chooser_native_new (_("Export Map"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the file name an exported map is offered under;
   * %s is the indicator's key, %d the year */
  name = g_strdup_printf (_("map-%s-%d.pdf"), wep_map_indicator_key (wep_map_view_get_indicator (self)),
                          self->year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  for (guint i = 0; i < WEP_N_MAP_FORMATS; i++)
    {
      ids[i] = format_ids[i];
      labels[i] = _(format_labels[i]);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "pdf");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      size_ids[i] = sizes[i].id;
      size_labels[i] = _(sizes[i].label);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), size_ids,
                               size_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", "a4-landscape");

  g_signal_connect_object (chooser, "response", G_CALLBACK (response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

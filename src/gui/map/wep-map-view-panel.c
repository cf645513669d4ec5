/* wep-map-view-panel.c: the map's legend, and the side panel of what is
 * selected: a municipality's figures and plans, or a region's figures and
 * municipalities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-custom-region.h"
#include "wep-format.h"
#include "wep-map-view-private.h"
#include "wep-plan-rows.h"

/* At most this many plans are listed for a municipality. */
#define MAX_PLANS 60

/* ---- the legend --------------------------------------------------------- */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  const WepColor *color = user_data;

  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  wep_cairo_set_color (cr, *color, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.3);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static void
add_legend_row (WepMapView *self,
                WepColor    color,
                const char *label,
                guint       count)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *text = gtk_label_new (label);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *n = gtk_label_new (number);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 22);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_memdup2 (&color, sizeof color), g_free);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (n, "dim-label");
  gtk_widget_add_css_class (n, "numeric");
  gtk_widget_set_tooltip_text (n, _("How many are in this class"));
  gtk_box_append (GTK_BOX (row), swatch);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), n);
  gtk_box_append (self->legend_rows, row);
}

void
_wep_map_view_update_legend (WepMapView *self)
{
  const WepLegend *legend = self->legend;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_rows))) != NULL)
    gtk_box_remove (self->legend_rows, child);
  gtk_widget_set_visible (self->legend_box, legend != NULL);
  if (legend == NULL)
    return;

  gtk_label_set_text (self->legend_title, legend->title);
  gtk_label_set_text (self->legend_unit, legend->unit);
  /* High values on top, as in the exported map. */
  for (guint i = legend->classes->len; i-- > 0;)
    {
      const WepLegendClass *klass = wep_legend_class (legend, i);

      add_legend_row (self, klass->color, klass->label, klass->n_values);
    }
  if (legend->n_no_data > 0 || legend->classes->len == 0)
    add_legend_row (self, wep_map_scene_get_no_data_color (self->scene), legend->no_data_label,
                    legend->n_no_data);
}

/* ---- the panel ---------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (list, row);
  return row;
}

static char *
format_tenths (double value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (fabs (value) < 0.05)
    value = 0.0;
  return value < 0 ? g_strdup_printf ("−%'.1f", -value) : g_strdup_printf ("%'.1f", value);
}

/* Homes, units, persons: whole above a hundred, else to a tenth. */
static char *
format_amount (double value)
{
  if (!isnan (value) && fabs (value) >= 100)
    return value < 0 ? g_strdup_printf ("−%'.0f", -value) : wep_format_count (value);
  return format_tenths (value);
}

static char *
format_ratio (double value,
              double per,
              double population)
{
  if (!(population > 0) || isnan (value))
    return g_strdup ("—");
  return format_tenths (value / population * per);
}

/* The figures of a municipality or a region in the year and pathway. */
static void
show_figures (WepMapView          *self,
              const WepMapFigures *f,
              gboolean             is_region)
{
  g_autofree char *population = wep_format_count (f->population);
  g_autofree char *need = format_amount (f->need);
  g_autofree char *need_10k = format_ratio (f->need, 10000, f->population);
  g_autofree char *planned = format_amount (f->planned);
  g_autofree char *gap = format_amount (f->gap);
  g_autofree char *gap_10k = format_ratio (f->gap, 10000, f->population);
  g_autofree char *realised = NULL;
  g_autofree char *wait = wep_format_months (f->wait);
  g_autofree char *homeless = wep_format_count (f->homeless);
  g_autofree char *homeless_1k = format_ratio (f->homeless, 1000, f->population);
  g_autofree char *per_10k = NULL, *per_1k = NULL, *need_per_10k = NULL;
  const char *regional = is_region ? NULL : _("of its region");

  if (f->planned > 0)
    {
      g_autofree char *units = format_amount (f->realised);
      g_autofree char *share = wep_format_percent (f->realised / f->planned);

      /* Translators: realised units and their share of the planned ones */
      realised = g_strdup_printf (_("%s (%s)"), units, share);
    }
  else
    realised = g_strdup ("—");
  /* Translators: a figure per 10,000 inhabitants, "3,2 per 10.000" */
  per_10k = g_strdup_printf (_("%s per 10,000 inhabitants"), gap_10k);
  need_per_10k = g_strdup_printf (_("%s per 10,000 inhabitants"), need_10k);
  /* Translators: a figure per 1,000 inhabitants, "1,8 per 1.000" */
  per_1k = g_strdup_printf (_("%s per 1,000 inhabitants"), homeless_1k);

  clear_list (self->figures_list);
  add_row (self->figures_list, _("Inhabitants"), NULL, population);
  add_row (self->figures_list, is_region ? _("Homes needed") : _("Fair share of the need"),
           need_per_10k, need);
  add_row (self->figures_list, _("Planned units"), NULL, planned);
  add_row (self->figures_list, _("Planned minus fair share"), per_10k, gap);
  add_row (self->figures_list, _("Realised"), NULL, realised);
  add_row (self->figures_list, _("Waiting time, months"), regional, wait);
  add_row (self->figures_list, _("Homeless persons"), is_region ? per_1k : regional, homeless);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_list), TRUE);
}

static void
show_plans (WepMapView *self,
            const char *code)
{
  g_autoptr (GPtrArray) plans = wep_document_list_plans (wep_session_get_document (self->session));
  guint shown = 0;

  for (guint i = 0; i < plans->len && shown < MAX_PLANS; i++)
    {
      const WepPlanRow *row = g_ptr_array_index (plans, i);
      g_autofree char *title = NULL;
      g_autofree char *units = NULL;

      if (!row->counted || !g_str_equal (row->municipality, code))
        continue;
      title = g_strdup_printf ("%d · %s", row->year, wep_plan_pathway_label (row->pathway));
      units = format_tenths (row->units);
      add_row (self->items_list, title, wep_plan_status_label (row->status), units);
      shown++;
    }
  gtk_label_set_text (self->items_heading, shown > 0 ? _("Plans") : _("No plans"));
}

static void
show_members (WepMapView *self,
              int         region)
{
  const WepMapRegion *r = wep_map_data_region (self->data, region);
  WepMapIndicator indicator = wep_map_view_get_indicator (self);

  for (guint i = 0; i < r->members->len; i++)
    {
      guint m = g_array_index (r->members, guint, i);
      double value_of = self->values != NULL
                          ? wep_map_figures_get (&self->values->municipalities[m], indicator) : NAN;
      g_autofree char *value = self->legend != NULL
                                 ? wep_legend_format_value (self->legend, value_of)
                                 : g_strdup ("—");
      GtkWidget *row = add_row (self->items_list, wep_map_data_municipality (self->data, m)->name,
                                NULL, value);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "code",
                              g_strdup (wep_map_data_municipality (self->data, m)->code), g_free);
    }
  if (self->legend != NULL)
    {
      /* Translators: the heading of a region's municipalities, with the
       * unit of the values beside them: "Municipalities, per 10.000 inwoners" */
      g_autofree char *heading = g_strdup_printf (_("Municipalities, %s"), self->legend->unit);

      gtk_label_set_text (self->items_heading, heading);
    }
  else
    gtk_label_set_text (self->items_heading, _("Municipalities"));
}

void
_wep_map_view_item_activated_cb (WepMapView    *self,
                                 GtkListBoxRow *row)
{
  const char *code = g_object_get_data (G_OBJECT (row), "code");

  g_assert (WEP_IS_MAP_VIEW (self));

  if (code != NULL)
    wep_map_view_set_selected_municipality (self, code);
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "centrumgemeente") == 0)
    return _("Centrumgemeente region");
  if (g_strcmp0 (kind, "woningmarktregio") == 0)
    return _("Housing market region");
  if (g_strcmp0 (kind, "provincie") == 0)
    return _("Province");
  return _("Custom region");
}

static void
show_notes (WepMapView *self)
{
  g_autoptr (GString) notes = g_string_new (self->problem);

  for (guint i = 0; self->data != NULL && i < self->data->problems->len; i++)
    g_string_append_printf (notes, "%s%s", notes->len > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->data->problems, i));
  for (guint i = 0; self->fair_share != NULL && i < self->fair_share->notes->len; i++)
    g_string_append_printf (notes, "%s%s", notes->len > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->fair_share->notes, i));
  gtk_label_set_text (self->notes_label, notes->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes->len > 0);
}

void
_wep_map_view_update_panel (WepMapView *self)
{
  int m, r;
  g_autofree char *subtitle = NULL;

  if (self->data == NULL)
    return;
  m = wep_map_data_find_municipality (self->data, self->selected_municipality);
  r = wep_map_data_find_region_by_name (self->data, self->selected_region);
  clear_list (self->items_list);
  show_notes (self);

  if (m >= 0 && self->values != NULL)
    {
      const WepMapMunicipality *municipality = wep_map_data_municipality (self->data, m);
      int own = self->values->municipalities[m].region;

      gtk_label_set_text (self->panel_title, municipality->name);
      if (own >= 0)
        /* Translators: a municipality's code and region: "GM0344 · Regio Utrecht" */
        subtitle = g_strdup_printf (_("%s · %s"), municipality->code,
                                    wep_map_data_region (self->data, own)->name);
      else
        subtitle = g_strdup_printf (_("%s · in no region of the scenario"), municipality->code);
      gtk_label_set_text (self->panel_subtitle, subtitle);
      show_figures (self, &self->values->municipalities[m], FALSE);
      show_plans (self, municipality->code);
      gtk_label_set_text (self->panel_hint, _("Ctrl+click adds a municipality to a custom "
                                              "region, or takes it out again."));
    }
  else if (r >= 0 && self->values != NULL)
    {
      const WepMapRegion *region = wep_map_data_region (self->data, r);
      gboolean custom = g_str_equal (region->kind, WEP_CUSTOM_REGION_KIND);

      gtk_label_set_text (self->panel_title, region->name);
      subtitle = g_strdup_printf (ngettext ("%s · %u municipality",
                                               "%s · %u municipalities", region->members->len),
                                  kind_label (region->kind), region->members->len);
      gtk_label_set_text (self->panel_subtitle, subtitle);
      show_figures (self, &self->values->regions[r], TRUE);
      show_members (self, r);
      gtk_label_set_text (self->panel_hint,
                          custom ? _("Ctrl+click municipalities to add them to this region or "
                                     "take them out; undo takes each step back.")
                                 : _("Click a municipality for its own figures and plans."));
    }
  else
    {
      const char *scenario = wep_session_get_scenario (self->session);

      /* Nothing selected: the whole scenario. */
      gtk_label_set_text (self->panel_title, _("All Regions"));
      if (scenario != NULL)
        subtitle = g_strdup_printf (_("Scenario “%s”, the regions together"), scenario);
      gtk_label_set_text (self->panel_subtitle, subtitle != NULL ? subtitle : "");
      if (self->values != NULL && !isnan (self->values->total.population))
        show_figures (self, &self->values->total, TRUE);
      else
        gtk_widget_set_visible (GTK_WIDGET (self->figures_list), FALSE);
      gtk_label_set_text (self->items_heading, "");
      gtk_label_set_text (self->panel_hint, _("Click a municipality on the map to see its "
                                              "figures and plans, and its region in the "
                                              "overview. Ctrl+click municipalities to make a "
                                              "custom region of them."));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->items_heading),
                          *gtk_label_get_text (self->items_heading) != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->items_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->items_list)) != NULL);
}

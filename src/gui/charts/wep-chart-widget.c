/* wep-chart-widget.c: one chart of the plan — the widget, its drawing,
 * hover and keyboard
 *
 * The chart is drawn by the same function that draws it into files and
 * reports (wep_chart_draw ()), into the widget's cairo node; the layout
 * the drawing records tells which year (or municipality) lies under the
 * pointer. A menu button in the top right corner, and the context menu,
 * hold Export… and Copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-chart-widget-private.h"

G_DEFINE_FINAL_TYPE (WepChart, wep_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_KIND,
  PROP_SELECTED_REGION,
  PROP_YEAR,
  PROP_COLUMN,
  PROP_OTHER_SCENARIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Room for the menu button in the top right corner. */
#define BUTTON_MARGIN 6

/* ---- drawing ----------------------------------------------------------- */

static void
draw_readout (WepChart      *self,
              cairo_t       *cr,
              WepChartStyle *style,
              double         width)
{
  g_autofree char *text = wep_chart_data_describe_category (self->data, self->cursor_panel,
                                                            self->cursor_category);
  g_autoptr (PangoLayout) layout = NULL;
  const WepChartRect *plot = &self->layout->plot[self->cursor_panel];
  double center, x, y = plot->y + 6;
  int w, h;

  if (text == NULL)
    return;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &w, &h);
  center = wep_chart_layout_category_center (self->layout, self->cursor_panel,
                                             self->cursor_category);
  /* Beside the category, on the side with room. */
  if (self->layout->horizontal)
    x = plot->x + plot->width - w - 18;
  else if (center > plot->x + plot->width / 2)
    x = MAX (center - w - 28, 4);
  else
    x = MIN (center + 12, width - w - 20);
  if (self->layout->horizontal && center < plot->y + plot->height / 2)
    y = plot->y + plot->height - h - 18;

  cairo_rectangle (cr, x, y, w + 16, h + 12);
  wep_cairo_set_color (cr, style->background, 0.96);
  cairo_fill_preserve (cr);
  wep_cairo_set_color (cr, style->foreground, 0.35);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_move_to (cr, x + 8, y + 6);
  wep_cairo_set_color (cr, style->foreground, 1.0);
  pango_cairo_show_layout (cr, layout);
}

/* A faint band over the category the pointer (or the keyboard) is on. */
static void
draw_band (WepChart *self,
           cairo_t  *cr,
           guint     panel,
           int       category,
           WepColor  color)
{
  const WepChartRect *plot = &self->layout->plot[panel];
  double band;

  if (self->layout->horizontal)
    {
      band = plot->height / self->layout->n_categories;
      cairo_rectangle (cr, plot->x, plot->y + category * band, plot->width, band);
    }
  else
    {
      band = plot->width / self->layout->n_categories;
      cairo_rectangle (cr, plot->x + category * band, plot->y, band, plot->height);
    }
  wep_cairo_set_color (cr, color, 0.08);
  cairo_fill (cr);
}

static void
wep_chart_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  WepChart *self = WEP_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  WepChartStyle style;
  cairo_t *cr;

  /* The card's background is drawn already; the menu button goes on top
   * of the chart, below. */
  if (width <= 0 || height <= 0)
    return;
  _wep_chart_ensure_data (self);
  _wep_chart_style_from_widget (self, &style, FALSE);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  wep_chart_draw (cr, width, height, &style, self->data, self->layout);
  if (self->layout->n_categories > 0 && self->data->message == NULL)
    {
      if (self->hover_category >= 0 && self->hover_panel < self->layout->n_panels)
        draw_band (self, cr, self->hover_panel, self->hover_category, style.foreground);
      if (self->cursor_category >= 0 && gtk_widget_has_focus (widget)
          && self->cursor_panel < self->layout->n_panels)
        {
          draw_band (self, cr, self->cursor_panel, self->cursor_category, style.foreground);
          draw_readout (self, cr, &style, width);
        }
    }
  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

static void
wep_chart_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  WepChart *self = WEP_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 760;
      return;
    }
  /* As tall as the chart wants at that width: a scrolled page gives its
   * children their minimum height. */
  _wep_chart_ensure_data (self);
  *natural = (int) ceil (wep_chart_preferred_height (self->data, for_size > 0 ? for_size : 760));
  *minimum = *natural;
}

static void
wep_chart_map (GtkWidget *widget)
{
  WepChart *self = WEP_CHART (widget);

  GTK_WIDGET_CLASS (wep_chart_parent_class)->map (widget);
  /* The fair share waits until it is shown. */
  if (self->fair_share_stale)
    _wep_chart_invalidate (self);
}

static GtkSizeRequestMode
wep_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wep_chart_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  WepChart *self = WEP_CHART (widget);
  GtkRequisition size;

  gtk_widget_get_preferred_size (self->menu_button, NULL, &size);
  gtk_widget_allocate (self->menu_button, size.width, size.height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (
                                                  width - size.width - BUTTON_MARGIN,
                                                  BUTTON_MARGIN)));
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

/* ---- the object -------------------------------------------------------- */

static void
wep_chart_constructed (GObject *object)
{
  WepChart *self = WEP_CHART (object);
  const char *title = wep_chart_kind_title (self->kind);

  G_OBJECT_CLASS (wep_chart_parent_class)->constructed (object);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_tooltip_text (self->menu_button, _("Export or Copy the Chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export or Copy the Chart"),
                                  -1);
  if (self->session != NULL)
    _wep_chart_connect_session (self);
}

static void
wep_chart_dispose (GObject *object)
{
  WepChart *self = WEP_CHART (object);

  _wep_chart_dispose_data (self);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (wep_chart_parent_class)->dispose (object);
}

static void
wep_chart_finalize (GObject *object)
{
  WepChart *self = WEP_CHART (object);

  g_clear_pointer (&self->layout, wep_chart_layout_free);
  g_free (self->region);
  g_free (self->other_scenario);
  g_free (self->description);
  g_free (self->font_family);

  G_OBJECT_CLASS (wep_chart_parent_class)->finalize (object);
}

static void
wep_chart_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WepChart *self = WEP_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SELECTED_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_COLUMN:
      g_value_set_string (value, wep_chart_get_column (self));
      break;
    case PROP_OTHER_SCENARIO:
      g_value_set_string (value, self->other_scenario);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_chart_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WepChart *self = WEP_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_SELECTED_REGION:
      wep_chart_set_selected_region (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      wep_chart_set_year (self, g_value_get_int (value));
      break;
    case PROP_COLUMN:
      wep_chart_set_column (self, g_value_get_string (value));
      break;
    case PROP_OTHER_SCENARIO:
      wep_chart_set_other_scenario (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_chart_class_init (WepChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wep_chart_constructed;
  object_class->dispose = wep_chart_dispose;
  object_class->finalize = wep_chart_finalize;
  object_class->get_property = wep_chart_get_property;
  object_class->set_property = wep_chart_set_property;
  widget_class->snapshot = wep_chart_snapshot;
  widget_class->map = wep_chart_map;
  widget_class->measure = wep_chart_measure;
  widget_class->get_request_mode = wep_chart_get_request_mode;
  widget_class->size_allocate = wep_chart_size_allocate;
  widget_class->query_tooltip = _wep_chart_query_tooltip;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, WEP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, WEP_N_CHART_KINDS - 1, WEP_CHART_HOMELESS,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_REGION] =
    g_param_spec_string ("selected-region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_string ("column", NULL, NULL, "homeless",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER_SCENARIO] =
    g_param_spec_string ("other-scenario", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, _wep_chart_export_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, _wep_chart_copy_action);
  _wep_chart_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wep_chart_init (WepChart *self)
{
  g_autoptr (GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/woneneerst/Planner/charts/wep-chart-menu.ui");
  GMenuModel *menu = G_MENU_MODEL (gtk_builder_get_object (builder, "chart_menu"));

  self->layout = wep_chart_layout_new ();
  self->column = WEP_C_HOMELESS;
  self->hover_category = -1;
  self->cursor_category = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), menu);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  self->context_menu = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  _wep_chart_init_input (self);
}

GtkWidget *
wep_chart_new (WepSession   *session,
               WepChartKind  kind)
{
  g_return_val_if_fail (WEP_IS_SESSION (session), NULL);
  g_return_val_if_fail (kind < WEP_N_CHART_KINDS, NULL);

  return g_object_new (WEP_TYPE_CHART, "session", session, "kind", (int) kind, NULL);
}

/* ---- properties -------------------------------------------------------- */

WepSession *
wep_chart_get_session (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  return self->session;
}

WepChartKind
wep_chart_get_kind (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), WEP_CHART_HOMELESS);
  return self->kind;
}

const char *
wep_chart_get_selected_region (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  return self->region;
}

void
wep_chart_set_selected_region (WepChart   *self,
                               const char *region)
{
  g_return_if_fail (WEP_IS_CHART (self));

  if (g_strcmp0 (self->region, region) == 0)
    return;
  g_free (self->region);
  self->region = g_strdup (region);
  _wep_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

int
wep_chart_get_year (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), 0);
  return self->year;
}

void
wep_chart_set_year (WepChart *self,
                    int       year)
{
  g_return_if_fail (WEP_IS_CHART (self));

  if (self->year == year)
    return;
  self->year = year;
  _wep_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

const char *
wep_chart_get_column (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  return wep_column_info (self->column)->key;
}

void
wep_chart_set_column (WepChart   *self,
                      const char *column)
{
  int found;

  g_return_if_fail (WEP_IS_CHART (self));

  found = wep_column_from_key (column != NULL ? column : "homeless");
  g_return_if_fail (found >= 0);
  if ((int) self->column == found)
    return;
  self->column = found;
  _wep_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}

const char *
wep_chart_get_other_scenario (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  return self->other_scenario;
}

void
wep_chart_set_other_scenario (WepChart   *self,
                              const char *scenario)
{
  g_return_if_fail (WEP_IS_CHART (self));

  if (g_strcmp0 (self->other_scenario, scenario) == 0)
    return;
  g_free (self->other_scenario);
  self->other_scenario = g_strdup (scenario);
  _wep_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_SCENARIO]);
}

const WepChartData *
wep_chart_get_data (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);

  _wep_chart_ensure_data (self);
  return self->data;
}

const char *
wep_chart_get_description (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);

  _wep_chart_ensure_data (self);
  return self->description;
}

const WepChartLayout *
wep_chart_get_layout (WepChart *self)
{
  g_return_val_if_fail (WEP_IS_CHART (self), NULL);
  return self->layout;
}

/* wep-chart-widget-input.c: a WepChart under the pointer and the
 * keyboard — the values of a year on hover, the arrow keys walking through
 * them (read out to screen readers), the context menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-chart-widget-private.h"

/* ---- hover ------------------------------------------------------------- */

char *
wep_chart_get_value_text (WepChart *self,
                          double    x,
                          double    y)
{
  guint panel;
  int category;

  g_return_val_if_fail (WEP_IS_CHART (self), NULL);

  if (self->data == NULL || self->data->message != NULL
      || !wep_chart_layout_find (self->layout, x, y, &panel, &category))
    return NULL;
  return wep_chart_data_describe_category (self->data, panel, category);
}

gboolean
_wep_chart_query_tooltip (GtkWidget  *widget,
                         int         x,
                         int         y,
                         gboolean    keyboard_tooltip,
                         GtkTooltip *tooltip)
{
  WepChart *self = WEP_CHART (widget);
  g_autofree char *text = NULL;

  if (keyboard_tooltip)
    return FALSE;
  text = wep_chart_get_value_text (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
motion_cb (WepChart                 *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  guint panel = 0;
  int category = -1;

  g_assert (WEP_IS_CHART (self));

  if (self->data == NULL || self->data->message != NULL
      || !wep_chart_layout_find (self->layout, x, y, &panel, &category))
    category = -1;
  if (category == self->hover_category && panel == self->hover_panel)
    return;
  self->hover_category = category;
  self->hover_panel = panel;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (WepChart                 *self,
          GtkEventControllerMotion *motion)
{
  g_assert (WEP_IS_CHART (self));

  if (self->hover_category < 0)
    return;
  self->hover_category = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- keyboard and menu ------------------------------------------------- */

/* The values of the keyboard's category, for the screen reader, or the
 * chart's description again when the keyboard is not on one. */
static void
announce_cursor (WepChart *self)
{
  g_autofree char *text = NULL;

  if (self->cursor_category >= 0 && self->data != NULL)
    text = wep_chart_data_describe_category (self->data, self->cursor_panel,
                                             self->cursor_category);
  if (text != NULL)
    g_strdelimit (text, "\n", ';');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : self->description, -1);
}

static gboolean
move_cursor_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  WepChart *self = WEP_CHART (widget);
  int step = g_variant_get_int32 (args);
  int n;

  _wep_chart_ensure_data (self);
  if (step == 2 || step == -2)
    {
      if (!self->data->horizontal)
        return FALSE;
      step /= 2;
    }
  n = (int) self->data->n_categories;
  if (self->data->message != NULL || n == 0)
    return FALSE;
  /* Across the panels: past the last category to the next panel. */
  if (step == G_MININT32 || step == G_MAXINT32)
    {
      self->cursor_panel = step == G_MININT32 ? 0 : self->data->n_panels - 1;
      self->cursor_category = step == G_MININT32 ? 0 : n - 1;
    }
  else if (self->cursor_category < 0)
    self->cursor_category = step > 0 ? 0 : n - 1;
  else
    {
      int at = (int) self->cursor_panel * n + self->cursor_category + step;

      at = CLAMP (at, 0, (int) self->data->n_panels * n - 1);
      self->cursor_panel = at / n;
      self->cursor_category = at % n;
    }
  announce_cursor (self);
  gtk_widget_queue_draw (widget);
  return TRUE;
}

/* chart.move (int): the keyboard's category forward or back by the step,
 * or to the first (G_MININT32) or last (G_MAXINT32). */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_cursor_cb (widget, parameter, NULL);
}

static gboolean
clear_cursor_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  WepChart *self = WEP_CHART (widget);

  if (self->cursor_category < 0)
    return FALSE;
  self->cursor_category = -1;
  announce_cursor (self);
  gtk_widget_queue_draw (widget);
  return TRUE;
}

static void
popup_menu_at (WepChart *self,
               double    x,
               double    y)
{
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static gboolean
popup_menu_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  WepChart *self = WEP_CHART (widget);
  double x = gtk_widget_get_width (widget) / 2.0, y = gtk_widget_get_height (widget) / 2.0;

  if (self->cursor_category >= 0 && self->layout->n_panels > 0)
    {
      double center = wep_chart_layout_category_center (self->layout, self->cursor_panel,
                                                        self->cursor_category);

      if (self->layout->horizontal)
        y = center;
      else
        x = center;
    }
  popup_menu_at (self, x, y);
  return TRUE;
}

static void
secondary_pressed_cb (WepChart        *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  g_assert (WEP_IS_CHART (self));

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, x, y);
}

static void
focus_leave_cb (WepChart                *self,
                GtkEventControllerFocus *focus)
{
  g_assert (WEP_IS_CHART (self));

  /* The readout belongs to the keyboard's visit. */
  clear_cursor_cb (GTK_WIDGET (self), NULL, NULL);
}

void
_wep_chart_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "chart.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "chart.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move", "i", -1);
  /* Up and Down only where the categories go down (the fair share);
   * elsewhere they scroll the page. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_cursor_cb, "i", 2);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_cursor_cb, "i", -2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "chart.move", "i",
                                       G_MININT32);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "chart.move", "i",
                                       G_MAXINT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, clear_cursor_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Menu, 0, popup_menu_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, popup_menu_cb, NULL);
}

void
_wep_chart_init_input (WepChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (secondary_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

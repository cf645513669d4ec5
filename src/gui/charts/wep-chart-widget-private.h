/* wep-chart-widget-private.h: what the parts of WepChart share
 *
 * wep-chart-widget.c: the widget, its drawing, hover and keyboard;
 * wep-chart-widget-input.c: hover, keyboard, context menu;
 * wep-chart-widget-data.c: what it shows, from the session, and the fair
 * share computed in a worker thread; wep-chart-widget-export.c: Export…
 * and Copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-chart-widget.h"

G_BEGIN_DECLS

struct _WepChart
{
  GtkWidget       parent_instance;

  WepSession     *session;
  WepChartKind    kind;
  char           *region;
  int             year;
  WepColumn       column;
  char           *other_scenario;

  WepChartData   *data;            /* NULL: to be made */
  WepChartLayout *layout;          /* of the last drawing */
  char           *description;     /* the accessible description set */
  char           *font_family;     /* the interface's, for the drawing */

  /* The fair share, computed in a worker thread. */
  WepFairShare   *fair_share;
  char           *fair_share_problem;
  GCancellable   *fair_share_cancellable;
  gboolean        fair_share_stale;

  /* The category under the pointer, and the one the keyboard is on. */
  int             hover_category;
  guint           hover_panel;
  int             cursor_category;
  guint           cursor_panel;

  GtkWidget      *menu_button;
  GtkWidget      *context_menu;
  GtkFileChooserNative *export_chooser;  /* while Export… asks where */
};

/* wep-chart-widget-data.c */
void     _wep_chart_connect_session   (WepChart *self);
/* Forgets what is shown, so that it is made again before it is drawn. */
void     _wep_chart_invalidate        (WepChart *self);
void     _wep_chart_ensure_data       (WepChart *self);
void     _wep_chart_dispose_data      (WepChart *self);
/* The style of the widget (its colours and font), at scale. */
void     _wep_chart_style_from_widget (WepChart      *self,
                                       WepChartStyle *style,
                                       gboolean       light);

/* wep-chart-widget-input.c */
void     _wep_chart_class_init_input  (GtkWidgetClass *widget_class);
void     _wep_chart_init_input        (WepChart       *self);
gboolean _wep_chart_query_tooltip     (GtkWidget      *widget,
                                       int             x,
                                       int             y,
                                       gboolean        keyboard_tooltip,
                                       GtkTooltip     *tooltip);

/* wep-chart-widget-export.c */
void     _wep_chart_export_action     (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);
void     _wep_chart_copy_action       (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);

G_END_DECLS

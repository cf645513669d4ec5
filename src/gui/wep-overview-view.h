/* wep-overview-view.h: the "Overzicht" page of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-session.h"

G_BEGIN_DECLS

#define WEP_TYPE_OVERVIEW_VIEW (wep_overview_view_get_type ())

G_DECLARE_FINAL_TYPE (WepOverviewView, wep_overview_view, WEP, OVERVIEW_VIEW, GtkWidget)

/* What a figure of the overview shows, to find it again (tests, a11y). */
typedef enum
{
  WEP_FIGURE_HOMELESS,
  WEP_FIGURE_SHELTERED,
  WEP_FIGURE_UNSHELTERED,
  WEP_FIGURE_COST,
  WEP_N_FIGURES
} WepFigure;

GtkWidget     *wep_overview_view_new                 (WepSession      *session);
WepSession    *wep_overview_view_get_session         (WepOverviewView *self);
void           wep_overview_view_set_session         (WepOverviewView *self,
                                                      WepSession      *session);
/* The region the view shows; NULL for the whole plan ("Totaal"). */
const char    *wep_overview_view_get_selected_region (WepOverviewView *self);
void           wep_overview_view_set_selected_region (WepOverviewView *self,
                                                      const char      *region);
int            wep_overview_view_get_year            (WepOverviewView *self);
void           wep_overview_view_set_year            (WepOverviewView *self,
                                                      int              year);
/* The label of a figure (its text is the formatted number). */
GtkLabel      *wep_overview_view_get_figure          (WepOverviewView *self,
                                                      WepFigure        figure);
/* The sentence that says whether the goal is met in the target year. */
GtkLabel      *wep_overview_view_get_goal_label      (WepOverviewView *self);
GtkColumnView *wep_overview_view_get_results_view    (WepOverviewView *self);
/* The fair share per municipality of the selected region: the group, its
 * key, and whether what it shows is computed (not still in the worker). */
AdwPreferencesGroup *wep_overview_view_get_shares_group (WepOverviewView *self);
GtkDropDown         *wep_overview_view_get_shares_key   (WepOverviewView *self);
gboolean             wep_overview_view_get_shares_ready (WepOverviewView *self);

G_END_DECLS

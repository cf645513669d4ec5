/* wep-overview-view-private.h: what the overview's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "wep-fair-share.h"
#include "wep-overview-view.h"

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *row;
  GtkLabel  *value;
  GtkImage  *icon;
} RegionRow;

/* Whether a region meets its goal in its target year. */
typedef struct
{
  gboolean met;
  int      target_year;
  double   max_wait;
  double   worst_wait;     /* months; INFINITY: waiting, but no one moves */
  int      worst_pathway;  /* the longest wait of those that miss the goal
                            * (of all when it is met); -1: no one waits */
} WepGoal;

struct _WepOverviewView
{
  GtkWidget       parent_instance;

  WepSession     *session;
  char           *selected_region;
  int             year;

  /* Template widgets */
  GtkStack       *stack;
  AdwStatusPage  *problem_page;
  GtkWidget      *sidebar;
  GtkListBox     *region_list;
  GtkLabel       *region_title;
  GtkLabel       *caption_label;
  GtkDropDown    *year_dropdown;
  GtkWidget      *goal_box;
  GtkLabel       *goal_title;
  GtkLabel       *goal_label;
  GtkLabel       *chance_label;
  GtkProgressBar *work_progress;
  GtkGrid        *figure_grid;
  GtkBox         *charts_box;
  AdwPreferencesGroup *wait_group;
  AdwPreferencesGroup *homes_group;
  GtkSpinner     *needs_spinner;
  AdwPreferencesGroup *shares_group;
  GtkDropDown    *shares_key;
  GtkSpinner     *shares_spinner;
  GPtrArray      *share_rows;
  WepFairShare   *shares;            /* of the plan as it is; NULL until computed */
  char           *shares_problem;
  GCancellable   *shares_cancellable;
  guint           shares_idle;
  GtkColumnView  *results_view;

  GtkLabel       *figures[WEP_N_FIGURES];
  AdwActionRow   *wait_rows[WEP_N_HOUSING];
  GtkLabel       *wait_labels[WEP_N_HOUSING];
  AdwActionRow   *homes_rows[WEP_N_HOUSING];
  GtkLabel       *homes_labels[WEP_N_HOUSING];

  /* The rows of the region list: the total first when there is one. */
  GArray         *region_rows;
  char           *regions_key;
  int             base_year;
  int             n_years;
  gboolean        updating;
};

/* wep-overview-shares.c */

void _wep_overview_setup_shares    (WepOverviewView *self);
void _wep_overview_show_shares     (WepOverviewView *self);
void _wep_overview_forget_shares   (WepOverviewView *self);
void _wep_overview_sync_share_key  (WepOverviewView *self);

/* wep-overview-figures.c */

/* The goal seek's criterion (wep-goal.c) on the results of one region. */
void _wep_overview_evaluate_goal (const WepModelInput   *input,
                                  guint                  region,
                                  const WepRegionResult *result,
                                  WepGoal               *goal);
/* region: an index into the results' regions, or -1 for the total. */
void _wep_overview_show_goal     (WepOverviewView       *self,
                                  const WepResults      *results,
                                  const WepModelInput   *input,
                                  int                    region);
void _wep_overview_show_homes    (WepOverviewView       *self,
                                  const WepModelInput   *input,
                                  int                    region,
                                  int                    index);

G_END_DECLS

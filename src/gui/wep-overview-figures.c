/* wep-overview-figures.c: the goal and the homes of the overview
 *
 * Whether a region meets its goal in its target year, by the same rule as
 * the goal seek, and the homes needed (from the session's goal seek)
 * against those planned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "wep-format.h"
#include "wep-overview-view-private.h"

/* The goal seek's own criterion (wep-goal.c): in the target year the queue
 * of every housing pathway is at most max_wait months of its exit-ready. */
void
_wep_overview_evaluate_goal (const WepModelInput   *input,
                             guint                  region,
                             const WepRegionResult *result,
                             WepGoal               *goal)
{
  const WepRegionInput *in = wep_model_input_region (input, region);
  double wait;
  int index;

  g_assert (goal != NULL);

  goal->target_year = (int) in->scalar[WEP_S_TARGET_YEAR];
  goal->max_wait = in->scalar[WEP_S_MAX_WAIT_MONTHS];
  goal->met = TRUE;
  goal->worst_wait = 0.0;
  goal->worst_pathway = -1;

  index = CLAMP (goal->target_year - result->base_year, 0, result->n_years - 1);
  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      double queue = wep_region_result_get (result, index, WEP_C_QUEUE_HF + k);
      double ready = wep_region_result_get (result, index, WEP_C_READY_HF + k);
      gboolean met = queue <= goal->max_wait * ready / 12.0;

      if (!met && goal->met)
        {
          /* The first miss: only misses count from now on. */
          goal->met = FALSE;
          goal->worst_pathway = -1;
        }
      if (met != goal->met || queue <= 0.0)
        continue;
      /* The wait as the overview shows it (the results' wait column). */
      wait = wep_region_result_get (result, index, WEP_C_WAIT_HF + k);
      if (isnan (wait))
        wait = INFINITY;
      if (goal->worst_pathway < 0 || wait > goal->worst_wait)
        {
          goal->worst_wait = wait;
          goal->worst_pathway = k;
        }
    }
}

/* The share of the uncertainty runs in which the region meets its goal:
 * shown once the runs are done, for a region with ranges. */
static void
show_chance (WepOverviewView *self,
             int              region)
{
  const WepUncertainty *uncertainty = wep_session_get_uncertainty (self->session);
  const WepModelInput *input = wep_session_get_input (self->session);
  const WepRegionSpread *spread;
  g_autofree char *share = NULL;
  g_autofree char *runs = NULL;
  g_autofree char *text = NULL;

  if (uncertainty == NULL || region < 0 || (guint) region >= uncertainty->regions->len
      || !wep_region_input_has_ranges (wep_model_input_region (input, region),
                                       input->horizon_years))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->chance_label), FALSE);
      return;
    }
  spread = g_ptr_array_index (uncertainty->regions, region);
  share = wep_format_percent (spread->goal_share[WEP_GOAL_ALL]);
  runs = wep_format_count (uncertainty->n_runs);
  /* Translators: the share of the uncertainty runs that meet the goal,
   * e.g. "In 64% of 1.000 runs with the ranges of the assumptions, the
   * goal is met in 2030." */
  text = g_strdup_printf (_("In %s of %s runs with the ranges of the assumptions, the goal is "
                            "met in %d."),
                          share, runs,
                          (int) wep_model_input_region (input, region)->scalar[WEP_S_TARGET_YEAR]);
  gtk_label_set_text (self->chance_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->chance_label), TRUE);
}

void
_wep_overview_show_goal (WepOverviewView     *self,
                         const WepResults    *results,
                         const WepModelInput *input,
                         int                  region)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  gboolean met;

  if (region < 0)
    {
      guint n_missed = 0;

      for (guint i = 0; i < results->regions->len; i++)
        {
          WepGoal goal;

          _wep_overview_evaluate_goal (input, i, g_ptr_array_index (results->regions, i), &goal);
          n_missed += !goal.met;
        }
      met = n_missed == 0;
      if (met)
        title = g_strdup (_("✓ Goal met in every region"));
      else
        /* Translators: ✗ then how many regions miss the goal, of how many */
        title = g_strdup_printf (ngettext ("✗ Goal not met in %u of %u region",
                                           "✗ Goal not met in %u of %u regions",
                                           results->regions->len),
                                 n_missed, results->regions->len);
      text = g_strdup (_("Each region has its own target year and longest acceptable wait; "
                         "select a region to see them."));
    }
  else
    {
      WepGoal goal;
      g_autofree char *max_wait = NULL;
      g_autofree char *wait = NULL;

      _wep_overview_evaluate_goal (input, region, g_ptr_array_index (results->regions, region), &goal);
      met = goal.met;
      max_wait = wep_format_months (goal.max_wait);
      if (met)
        /* Translators: %d is the target year */
        title = g_strdup_printf (_("✓ Goal met in %d"), goal.target_year);
      else
        title = g_strdup_printf (_("✗ Goal not met in %d"), goal.target_year);

      if (goal.worst_pathway < 0)
        /* Translators: %s is a number of months, e.g. "3,0" */
        text = g_strdup_printf (_("No one waits for a home; the goal is a wait of at most "
                                  "%s months."), max_wait);
      else if (isinf (goal.worst_wait))
        text = g_strdup_printf (_("People wait for %s, but no one moves in; the goal is a "
                                  "wait of at most %s months."),
                                wep_pathway_label (goal.worst_pathway), max_wait);
      else
        {
          wait = wep_format_months (goal.worst_wait);
          /* Translators: the longest wait, its pathway and the goal, e.g.
           * "The longest wait is 4,2 months, for Housing First; the goal
           * is at most 3,0 months." */
          text = g_strdup_printf (_("The longest wait is %s months, for %s; the goal is at "
                                    "most %s months."),
                                  wait, wep_pathway_label (goal.worst_pathway), max_wait);
        }
    }

  gtk_label_set_text (self->goal_title, title);
  gtk_label_set_text (self->goal_label, text);
  show_chance (self, region);
  if (met)
    {
      gtk_widget_add_css_class (self->goal_box, "wep-goal-met");
      gtk_widget_remove_css_class (self->goal_box, "wep-goal-missed");
    }
  else
    {
      gtk_widget_add_css_class (self->goal_box, "wep-goal-missed");
      gtk_widget_remove_css_class (self->goal_box, "wep-goal-met");
    }
}

static double
planned_units (const WepModelInput *input,
               int                  region,
               WepPathway           pathway,
               int                  index)
{
  double sum = 0.0;

  for (guint i = 0; i < input->regions->len; i++)
    if (region < 0 || (guint) region == i)
      sum += wep_model_input_region (input, i)->yearly[WEP_Y_NEW_UNITS_HF + pathway][index];
  return sum;
}

void
_wep_overview_show_homes (WepOverviewView     *self,
                          const WepModelInput *input,
                          int                  region,
                          int                  index)
{
  GPtrArray *needs = wep_session_get_needs (self->session);

  gtk_widget_set_visible (GTK_WIDGET (self->needs_spinner), needs == NULL);
  gtk_spinner_set_spinning (self->needs_spinner, needs == NULL);

  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      g_autofree char *planned = wep_format_count (planned_units (input, region, k, index));
      g_autofree char *text = NULL;
      g_autofree char *subtitle = NULL;
      const char *reason = NULL;
      double needed = 0.0;
      gint64 extra = 0;

      for (guint i = 0; needs != NULL && i < needs->len; i++)
        {
          const WepRegionNeeds *n = g_ptr_array_index (needs, i);

          if (region >= 0 && (guint) region != i)
            continue;
          if (!n->need[k].reachable)
            {
              reason = n->need[k].reason;
              break;
            }
          needed += n->need[k].needed[index];
          extra += n->need[k].extra_per_year;
        }

      if (needs == NULL)
        {
          /* Translators: the homes planned in a year while the homes needed
           * are still being computed */
          text = g_strdup_printf (_("%s planned · computing…"), planned);
        }
      else if (reason != NULL)
        {
          text = g_strdup_printf (_("%s planned · cannot be met"), planned);
          subtitle = g_strdup (reason);
        }
      else
        {
          g_autofree char *need_text = wep_format_count (needed);
          g_autofree char *extra_text = wep_format_count ((double) extra);

          /* Translators: homes needed and planned in the selected year */
          text = g_strdup_printf (_("%s needed · %s planned"), need_text, planned);
          if (extra > 0)
            /* Translators: extra homes per year, to be built up to the target year */
            subtitle = g_strdup_printf (_("%s more per year than planned, up to the target "
                                          "year"), extra_text);
          else
            subtitle = g_strdup (_("The plans are enough"));
        }
      gtk_label_set_text (self->homes_labels[k], text);
      adw_action_row_set_subtitle (self->homes_rows[k], subtitle);
    }
}


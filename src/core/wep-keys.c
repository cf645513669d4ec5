/* wep-keys.c: the vocabulary of the planning model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-keys.h"

static const WepKeyInfo scalar_info[WEP_N_SCALARS] = {
  [WEP_S_MIX_HF] = { "mix_hf", N_("Share on Housing First"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_S_MIX_IND] = { "mix_ind", N_("Share on independent living with support"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_S_MIX_GRP] = { "mix_grp", N_("Share on clustered supported housing"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_S_MIX_OWN] = { "mix_own", N_("Share finding their own solution"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_S_READY_MONTHS_HF] = { "ready_months_hf", N_("Months to exit-ready, Housing First"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_READY_MONTHS_IND] = { "ready_months_ind", N_("Months to exit-ready, independent"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_READY_MONTHS_GRP] = { "ready_months_grp", N_("Months to exit-ready, clustered"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_READY_MONTHS_OWN] = { "ready_months_own", N_("Months until leaving on their own"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_RELAPSE_HF] = { "relapse_hf", N_("Relapse per year, Housing First"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_RELAPSE_IND] = { "relapse_ind", N_("Relapse per year, independent"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_RELAPSE_GRP] = { "relapse_grp", N_("Relapse per year, clustered"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_SUPPORT_END_HF] = { "support_end_hf", N_("Support ending per year, Housing First"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_SUPPORT_END_IND] = { "support_end_ind", N_("Support ending per year, independent"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_SUPPORT_END_GRP] = { "support_end_grp", N_("Moving on per year, clustered"), N_("fraction per year"), WEP_RANGE_FRACTION_OPEN },
  [WEP_S_HOMELESS0] = { "homeless0", N_("Homeless at start"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_EXIT_READY0] = { "exit_ready0", N_("Exit-ready at start"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_HOUSED0_HF] = { "housed0_hf", N_("Housed at start, Housing First"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_HOUSED0_IND] = { "housed0_ind", N_("Housed at start, independent"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_HOUSED0_GRP] = { "housed0_grp", N_("Housed at start, clustered"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_GRP_PLACES0] = { "grp_places0", N_("Clustered places at start"), N_("places"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_SHELTER] = { "cost_shelter", N_("Cost per person-year in shelter"), N_("euro per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_UNSHELTERED] = { "cost_unsheltered", N_("Cost per person-year sleeping rough"), N_("euro per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_SUPPORT_HF] = { "cost_support_hf", N_("Support cost per year, Housing First"), N_("euro per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_SUPPORT_IND] = { "cost_support_ind", N_("Support cost per year, independent"), N_("euro per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_SUPPORT_GRP] = { "cost_support_grp", N_("Support cost per year, clustered"), N_("euro per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_UNIT_HF] = { "cost_unit_hf", N_("Cost per new unit, Housing First"), N_("euro"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_UNIT_IND] = { "cost_unit_ind", N_("Cost per new unit, independent"), N_("euro"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_COST_UNIT_GRP] = { "cost_unit_grp", N_("Cost per new clustered place"), N_("euro"), WEP_RANGE_NON_NEGATIVE },
  [WEP_S_TARGET_YEAR] = { "target_year", N_("Target year"), N_("year"), WEP_RANGE_YEAR },
  [WEP_S_MAX_WAIT_MONTHS] = { "max_wait_months", N_("Longest acceptable wait"), N_("months"), WEP_RANGE_POSITIVE },
};

static const WepKeyInfo yearly_info[WEP_N_YEARLY] = {
  [WEP_Y_INFLOW] = { "inflow", N_("Newly homeless"), N_("persons per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_PREVENTION] = { "prevention", N_("Share prevented"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_Y_LETTINGS] = { "lettings", N_("Social rental lettings"), N_("homes per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_QUOTA_HF] = { "quota_hf", N_("Priority quota, Housing First"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_Y_QUOTA_IND] = { "quota_ind", N_("Priority quota, independent"), N_("fraction"), WEP_RANGE_FRACTION },
  [WEP_Y_NEW_UNITS_HF] = { "new_units_hf", N_("New units, Housing First"), N_("units per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_NEW_UNITS_IND] = { "new_units_ind", N_("New units, independent"), N_("units per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_NEW_UNITS_GRP] = { "new_units_grp", N_("New clustered places"), N_("units per year"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_SUPPORT_CAP_HF] = { "support_cap_hf", N_("Support caseload, Housing First"), N_("persons (0 = unlimited)"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_SUPPORT_CAP_IND] = { "support_cap_ind", N_("Support caseload, independent"), N_("persons (0 = unlimited)"), WEP_RANGE_NON_NEGATIVE },
  [WEP_Y_SHELTER_CAPACITY] = { "shelter_capacity", N_("Shelter places"), N_("places"), WEP_RANGE_NON_NEGATIVE },
};

static const WepKeyInfo column_info[WEP_N_COLUMNS] = {
  [WEP_C_ENTRANTS] = { "entrants", N_("Newly homeless"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_READY_HF] = { "ready_hf", N_("Exit-ready, HF"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_READY_IND] = { "ready_ind", N_("Exit-ready, independent"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_READY_GRP] = { "ready_grp", N_("Exit-ready, clustered"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_MOVES_HF] = { "moves_hf", N_("Housed, HF"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_MOVES_IND] = { "moves_ind", N_("Housed, independent"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_MOVES_GRP] = { "moves_grp", N_("Housed, clustered"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_RELAPSES] = { "relapses", N_("Relapses"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_LEFT_OWN] = { "left_own", N_("Left on their own"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_HOMELESS] = { "homeless", N_("Homeless"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_SHELTERED] = { "sheltered", N_("In shelter"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_UNSHELTERED] = { "unsheltered", N_("Sleeping rough"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_QUEUE_HF] = { "queue_hf", N_("Waiting, HF"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_QUEUE_IND] = { "queue_ind", N_("Waiting, independent"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_QUEUE_GRP] = { "queue_grp", N_("Waiting, clustered"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_HOUSED_HF] = { "housed_hf", N_("Living with support, HF"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_HOUSED_IND] = { "housed_ind", N_("Living with support, independent"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_HOUSED_GRP] = { "housed_grp", N_("Living with support, clustered"), N_("persons"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_WAIT_HF] = { "wait_hf", N_("Wait, HF"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_WAIT_IND] = { "wait_ind", N_("Wait, independent"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_WAIT_GRP] = { "wait_grp", N_("Wait, clustered"), N_("months"), WEP_RANGE_NON_NEGATIVE },
  [WEP_C_COST] = { "cost", N_("Cost"), N_("euro"), WEP_RANGE_NON_NEGATIVE },
};

static const char *pathway_keys[WEP_N_PATHWAYS] = { "hf", "ind", "grp", "own" };
static const char *pathway_labels[WEP_N_PATHWAYS] = {
  N_("Housing First"),
  N_("Independent living with ambulant support"),
  N_("Clustered supported housing"),
  N_("Own solution"),
};

const WepKeyInfo *
wep_scalar_info (WepScalar key)
{
  g_return_val_if_fail (key < WEP_N_SCALARS, NULL);
  return &scalar_info[key];
}

const WepKeyInfo *
wep_yearly_info (WepYearly key)
{
  g_return_val_if_fail (key < WEP_N_YEARLY, NULL);
  return &yearly_info[key];
}

const WepKeyInfo *
wep_column_info (WepColumn column)
{
  g_return_val_if_fail (column < WEP_N_COLUMNS, NULL);
  return &column_info[column];
}

const char *
wep_pathway_key (WepPathway pathway)
{
  g_return_val_if_fail (pathway < WEP_N_PATHWAYS, NULL);
  return pathway_keys[pathway];
}

const char *
wep_pathway_label (WepPathway pathway)
{
  g_return_val_if_fail (pathway < WEP_N_PATHWAYS, NULL);
  return _(pathway_labels[pathway]);
}

static int
find_key (const WepKeyInfo *table,
          int               n,
          const char       *key)
{
  g_assert (table != NULL);

  if (key == NULL)
    return -1;
  for (int i = 0; i < n; i++)
    if (g_str_equal (table[i].key, key))
      return i;
  return -1;
}

int
wep_scalar_from_key (const char *key)
{
  return find_key (scalar_info, WEP_N_SCALARS, key);
}

int
wep_yearly_from_key (const char *key)
{
  return find_key (yearly_info, WEP_N_YEARLY, key);
}

int
wep_column_from_key (const char *key)
{
  return find_key (column_info, WEP_N_COLUMNS, key);
}

int
wep_pathway_from_key (const char *key)
{
  if (key == NULL)
    return -1;
  for (int i = 0; i < WEP_N_PATHWAYS; i++)
    if (g_str_equal (pathway_keys[i], key))
      return i;
  return -1;
}

gboolean
wep_range_contains (WepRangeKind kind,
                    double       value)
{
  if (!isfinite (value))
    return FALSE;

  switch (kind)
    {
    case WEP_RANGE_FRACTION:
      return value >= 0.0 && value <= 1.0;
    case WEP_RANGE_FRACTION_OPEN:
      return value >= 0.0 && value < 1.0;
    case WEP_RANGE_NON_NEGATIVE:
      return value >= 0.0;
    case WEP_RANGE_POSITIVE:
      return value > 0.0;
    case WEP_RANGE_YEAR:
      return value == floor (value);
    default:
      return FALSE;
    }
}

const char *
wep_range_describe (WepRangeKind kind)
{
  switch (kind)
    {
    case WEP_RANGE_FRACTION:
      return _("a fraction from 0 to 1");
    case WEP_RANGE_FRACTION_OPEN:
      return _("a fraction from 0 up to but not including 1");
    case WEP_RANGE_NON_NEGATIVE:
      return _("a finite number of 0 or more");
    case WEP_RANGE_POSITIVE:
      return _("a finite number above 0");
    case WEP_RANGE_YEAR:
      return _("a whole year within the model years");
    default:
      return "";
    }
}

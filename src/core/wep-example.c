/* wep-example.c: the built-in demonstration region
 *
 * "Voorbeeldregio (illustratief)" is an imagined mid-sized centrumregio of
 * about 450,000 inhabitants, planned over 2026–2035 with the goal that by the
 * end of 2030 nobody on a housing pathway waits longer than 3 months.
 *
 * The story it tells: the municipalities plan a modest, rising number of
 * dedicated units, prevention grows and the shelter shrinks as Housing First
 * grows. Homelessness falls, but with the plans alone the waits in 2030 are
 * still about 8 to 10 months: the goal seek shows how many extra homes a
 * year are needed from 2026 up to 2030.
 *
 * Every figure says where it comes from. Sources (docs/model.md,
 * "Defaults and the example", lists them all):
 *
 *   [CBS-MD]  CBS Monitor Dakloosheid 2023: persons registered in emergency
 *             and temporary shelter per centrumregio, ~2 to ~3.3 per 1,000
 *             inhabitants (Den Haag ~2; Utrecht, Amsterdam ~2.6).
 *   [LdH]     Leger des Heils (nu.nl, 2023): a stay in the shelter lasts
 *             about a year in practice, against an intended maximum of
 *             3 months.
 *   [Trimbos] Trimbos-instituut (via ruimteenwonen.nl): of 600+ Housing First
 *             participants 83 % were not homeless again, 73 % still lived in
 *             the same home.
 *   [SZN]     Stichting Zwerfjongeren Nederland, "Van kosten naar
 *             investering" (2018), Cebeon-based yearly costs per person in
 *             2011 euros. Shown as 2011 prices, not indexed.
 *
 * Anything else is an illustrative assumption, marked "illustrative". The
 * illustrative costs have no price year; only the [SZN] costs are 2011
 * prices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-example.h"
#include "wep-uncertainty.h"

#define EXAMPLE_BASE_YEAR 2026
#define EXAMPLE_N_YEARS   10      /* 2026 .. 2035 */

/* Per-year inputs, one value per model year 2026 .. 2035. */

/* Persons becoming homeless per year before prevention: illustrative,
 * about 1.3 per 1,000 inhabitants, rising slowly with the population. */
static const double example_inflow[EXAMPLE_N_YEARS] = {
  580, 585, 590, 595, 600, 605, 610, 615, 620, 625
};
/* Range of the inflow: illustrative, -15 % / +25 % (rounded): more people
 * may be homeless than the shelters register. */
static const double example_inflow_low[EXAMPLE_N_YEARS] = {
  493, 497, 502, 506, 510, 514, 519, 523, 527, 531
};
static const double example_inflow_high[EXAMPLE_N_YEARS] = {
  725, 731, 738, 744, 750, 756, 763, 769, 775, 781
};

/* Share of the inflow prevented: illustrative, growing from 5 % to 25 % as
 * the region invests in prevention. */
static const double example_prevention[EXAMPLE_N_YEARS] = {
  0.05, 0.08, 0.11, 0.14, 0.17, 0.19, 0.21, 0.23, 0.24, 0.25
};
/* Range of prevention: illustrative, 5 points either side (not below 0). */
static const double example_prevention_low[EXAMPLE_N_YEARS] = {
  0.00, 0.03, 0.06, 0.09, 0.12, 0.14, 0.16, 0.18, 0.19, 0.20
};
static const double example_prevention_high[EXAMPLE_N_YEARS] = {
  0.10, 0.13, 0.16, 0.19, 0.22, 0.24, 0.26, 0.28, 0.29, 0.30
};

/* Social rental homes let per year in the region: illustrative (about 8 per
 * 1,000 inhabitants), slowly falling as fewer tenants move. */
static const double example_lettings[EXAMPLE_N_YEARS] = {
  3600, 3550, 3500, 3500, 3450, 3450, 3400, 3400, 3400, 3400
};

/* Share of the lettings allocated with priority to exit-ready persons:
 * illustrative. Together 11.5 % in 2026, 13 % from 2030. For scale: Heusden
 * let 10 % of its homes to all aandachtsgroepen together and needed more
 * than twice that (BD, regional newspaper). */
static const double example_quota_hf[EXAMPLE_N_YEARS] = {
  0.05, 0.05, 0.055, 0.055, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06
};
static const double example_quota_ind[EXAMPLE_N_YEARS] = {
  0.065, 0.065, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07
};

/* Dedicated new units in the municipalities' plans: illustrative, rising
 * modestly. */
static const double example_new_units_hf[EXAMPLE_N_YEARS] = {
  15, 20, 25, 30, 30, 30, 30, 30, 30, 30
};
static const double example_new_units_ind[EXAMPLE_N_YEARS] = {
  10, 10, 15, 15, 20, 20, 20, 20, 20, 20
};
static const double example_new_units_grp[EXAMPLE_N_YEARS] = {
  10, 15, 15, 20, 20, 20, 20, 20, 20, 20
};

/* Shelter places (maatschappelijke opvang): illustrative, reduced from 600
 * to 400 as Housing First grows. */
static const double example_shelter_capacity[EXAMPLE_N_YEARS] = {
  600, 580, 560, 530, 500, 480, 460, 440, 420, 400
};

static void
set_series (WepRegionInput *region,
            WepYearly       key,
            const double   *values)
{
  g_assert (region != NULL);
  g_assert (values != NULL);

  for (int i = 0; i < EXAMPLE_N_YEARS; i++)
    region->yearly[key][i] = values[i];
}

/* A triangular range for every year of a per-year key; the mode is the
 * point value, as the deterministic run uses it. */
static void
set_series_range (WepRegionInput *region,
                  WepYearly       key,
                  const double   *low,
                  const double   *high)
{
  g_assert (region != NULL);
  g_assert (low != NULL && high != NULL);

  for (int i = 0; i < EXAMPLE_N_YEARS; i++)
    wep_region_input_set_yearly_range (region, EXAMPLE_N_YEARS, key, i,
                                       (WepTriangle) { low[i], region->yearly[key][i], high[i] });
}

static void
set_scalar_range (WepRegionInput *region,
                  WepScalar       key,
                  double          low,
                  double          high)
{
  g_assert (region != NULL);
  g_assert (low <= region->scalar[key] && region->scalar[key] <= high);

  region->has_range[key] = TRUE;
  region->range[key] = (WepTriangle) { low, region->scalar[key], high };
}

WepModelInput *
wep_example_input (void)
{
  WepModelInput *input;
  WepRegionInput *region;
  double *s;

  input = wep_model_input_new (EXAMPLE_BASE_YEAR, EXAMPLE_N_YEARS);
  input->has_seed = TRUE;
  input->seed = WEP_DEFAULT_SEED;

  region = wep_model_input_add_region (input, WEP_EXAMPLE_REGION_NAME);
  s = region->scalar;

  /* Pathway mix of new homeless persons: illustrative. The four shares are
   * exact binary sums (0.25 + 0.35 + 0.15 + 0.25 == 1.0). */
  s[WEP_S_MIX_HF] = 0.25;
  s[WEP_S_MIX_IND] = 0.35;
  s[WEP_S_MIX_GRP] = 0.15;
  s[WEP_S_MIX_OWN] = 0.25;

  /* Months until exit-ready. Housing First: 1 month, a home is the start,
   * not the reward (illustrative). Independent with ambulant support:
   * 3 months, the intended maximum stay in the shelter [LdH]. Clustered:
   * 6 months (illustrative). Own solution: leaves after 3 months on
   * average (illustrative). */
  s[WEP_S_READY_MONTHS_HF] = 1;
  s[WEP_S_READY_MONTHS_IND] = 3;
  s[WEP_S_READY_MONTHS_GRP] = 6;
  s[WEP_S_READY_MONTHS_OWN] = 3;

  /* Chance per year of losing the home again. Housing First: 0.17, i.e.
   * 83 % not homeless again [Trimbos], read as a yearly rate. Others:
   * illustrative. */
  s[WEP_S_RELAPSE_HF] = 0.17;
  s[WEP_S_RELAPSE_IND] = 0.10;
  s[WEP_S_RELAPSE_GRP] = 0.08;

  /* Chance per year that support ends successfully: illustrative. */
  s[WEP_S_SUPPORT_END_HF] = 0.15;
  s[WEP_S_SUPPORT_END_IND] = 0.35;
  s[WEP_S_SUPPORT_END_GRP] = 0.25;

  /* Homeless at the start: 2.0 per 1,000 inhabitants x 450,000, the shelter
   * registration rate of the Den Haag region [CBS-MD]. CBS counts shelter
   * registrations only; here it sets the order of magnitude. */
  s[WEP_S_HOMELESS0] = 900;
  /* Of those, exit-ready and waiting for a home: illustrative. */
  s[WEP_S_EXIT_READY0] = 400;

  /* Housed with support at the start, and clustered places: illustrative. */
  s[WEP_S_HOUSED0_HF] = 120;
  s[WEP_S_HOUSED0_IND] = 350;
  s[WEP_S_HOUSED0_GRP] = 180;
  s[WEP_S_GRP_PLACES0] = 190;

  /* Yearly cost per person. Shelter: dag- en nachtopvang, EUR 20,642 per
   * participant-year, 2011 prices [SZN]. Without a shelter place:
   * maatschappelijke opvang per feitelijk dakloze, EUR 23,236, 2011 prices
   * [SZN]. */
  s[WEP_S_COST_SHELTER] = 20642;
  s[WEP_S_COST_UNSHELTERED] = 23236;
  /* Support per housed person-year. Housing First and ambulant support:
   * illustrative. Clustered: intensief begeleid wonen, EUR 41,200, 2011
   * prices [SZN]. */
  s[WEP_S_COST_SUPPORT_HF] = 14000;
  s[WEP_S_COST_SUPPORT_IND] = 6000;
  s[WEP_S_COST_SUPPORT_GRP] = 41200;
  /* One-off cost per new dedicated unit: illustrative. */
  s[WEP_S_COST_UNIT_HF] = 30000;
  s[WEP_S_COST_UNIT_IND] = 30000;
  s[WEP_S_COST_UNIT_GRP] = 80000;

  /* The goal: by the end of 2030 nobody waits longer than 3 months, the
   * intended maximum stay in the shelter [LdH]. */
  s[WEP_S_TARGET_YEAR] = 2030;
  s[WEP_S_MAX_WAIT_MONTHS] = 3;

  set_series (region, WEP_Y_INFLOW, example_inflow);
  set_series (region, WEP_Y_PREVENTION, example_prevention);
  set_series (region, WEP_Y_LETTINGS, example_lettings);
  set_series (region, WEP_Y_QUOTA_HF, example_quota_hf);
  set_series (region, WEP_Y_QUOTA_IND, example_quota_ind);
  set_series (region, WEP_Y_NEW_UNITS_HF, example_new_units_hf);
  set_series (region, WEP_Y_NEW_UNITS_IND, example_new_units_ind);
  set_series (region, WEP_Y_NEW_UNITS_GRP, example_new_units_grp);
  set_series (region, WEP_Y_SHELTER_CAPACITY, example_shelter_capacity);
  /* Support caseload: 0 = unlimited (illustrative; the yearly arrays start
   * zero-filled, so nothing to set). */

  /* Uncertainty ranges (low, mode = point value, high). */

  /* Housing First relapse: 0.10 (illustrative) .. 0.17 [Trimbos] .. 0.27,
   * the 27 % no longer in the same home [Trimbos] read as a pessimistic
   * relapse rate. */
  set_scalar_range (region, WEP_S_RELAPSE_HF, 0.10, 0.27);
  /* Months until exit-ready: illustrative. */
  set_scalar_range (region, WEP_S_READY_MONTHS_HF, 0.5, 3);
  set_scalar_range (region, WEP_S_READY_MONTHS_IND, 2, 6);
  set_scalar_range (region, WEP_S_READY_MONTHS_GRP, 4, 9);
  /* Homeless at the start: 1.8 per 1,000 (illustrative) .. 2.6 per 1,000,
   * the rate of the Utrecht and Amsterdam regions [CBS-MD]. The low end
   * stays above exit_ready0. */
  set_scalar_range (region, WEP_S_HOMELESS0, 810, 1170);

  set_series_range (region, WEP_Y_INFLOW, example_inflow_low, example_inflow_high);
  set_series_range (region, WEP_Y_PREVENTION, example_prevention_low, example_prevention_high);

  return input;
}

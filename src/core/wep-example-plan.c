/* wep-example-plan.c: the built-in example as a plan file
 *
 * Eleven real municipalities (CBS codes and names of the 2025 division)
 * around the centrumgemeente Zwolle. Every figure is illustrative and the
 * file says so: its title, description and provenance. Lettings and plans
 * are the example region's totals shared out by population, in whole
 * numbers that add up exactly, so the scenario "Basis" derives the very
 * model input of wep_example_input ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "wep-example.h"

typedef struct
{
  const char *code;
  const char *name;
  const char *province;
  gint64      population;   /* illustrative, rounded */
} ExampleMunicipality;

static const ExampleMunicipality municipalities[] = {
  { "GM0193", "Zwolle", "Overijssel", 132000 },
  { "GM0166", "Kampen", "Overijssel", 55000 },
  { "GM0177", "Raalte", "Overijssel", 38000 },
  { "GM0148", "Dalfsen", "Overijssel", 29000 },
  { "GM0269", "Oldebroek", "Gelderland", 24000 },
  { "GM0230", "Elburg", "Gelderland", 23500 },
  { "GM1896", "Zwartewaterland", "Overijssel", 23500 },
  { "GM0246", "Heerde", "Gelderland", 19000 },
  { "GM1773", "Olst-Wijhe", "Overijssel", 18500 },
  { "GM0180", "Staphorst", "Overijssel", 17700 },
  { "GM0244", "Hattem", "Gelderland", 12500 },
};

#define N_MUNICIPALITIES G_N_ELEMENTS (municipalities)

/* Shares a whole total out by population: largest remainder, so the parts
 * are whole numbers that add up to the total exactly. */
static void
share_out (double  total,
           double *parts)
{
  double population = 0.0, remainders[N_MUNICIPALITIES];
  double given = 0.0;

  g_assert (total == floor (total));

  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    population += municipalities[i].population;
  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    {
      double exact = total * municipalities[i].population / population;

      parts[i] = floor (exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
  while (given < total)
    {
      guint best = 0;

      for (guint i = 1; i < N_MUNICIPALITIES; i++)
        if (remainders[i] > remainders[best])
          best = i;
      parts[best] += 1.0;
      remainders[best] = -1.0;
      given += 1.0;
    }
}

static void
check (gboolean   ok,
       GError   **error)
{
  /* error is read only now: the call that set it has run. */
  if (!ok)
    g_error ("The built-in example plan could not be made: %s", (*error)->message);
}

WepDocument *
wep_example_document (void)
{
  static const char *figure_at_start[] = { "homeless", "exit_ready", "housed_hf", "housed_ind",
                                           "housed_grp", "grp_places" };
  static const WepScalar scalar_at_start[] = { WEP_S_HOMELESS0, WEP_S_EXIT_READY0,
                                               WEP_S_HOUSED0_HF, WEP_S_HOUSED0_IND,
                                               WEP_S_HOUSED0_GRP, WEP_S_GRP_PLACES0 };
  g_autoptr (WepModelInput) input = wep_example_input ();
  const WepRegionInput *region = wep_model_input_region (input, 0);
  WepDocument *doc = wep_document_new ();
  g_autoptr (GError) error = NULL;
  gint64 prov;

  check (wep_document_set_meta (doc, "title", "Voorbeeldplan regio Zwolle (illustratief)", &error)
         && wep_document_set_meta (doc, "description",
                                   "Ingebouwd voorbeeld van Wonen Eerst Planner. Alle cijfers "
                                   "zijn illustratief; gemeentecodes en -namen zijn die van "
                                   "CBS (indeling 2025).", &error)
         && wep_document_set_meta (doc, "organisation", "Wonen Eerst Planner (voorbeeld)", &error)
         && wep_document_set_meta (doc, "division_year", "2025", &error),
         &error);

  prov = wep_document_add_provenance (doc, "handmatig",
                                      "Ingebouwd voorbeeld, illustratieve cijfers",
                                      "Wonen Eerst Planner", &error);
  check (prov >= 0, &error);
  check (wep_document_add_region (doc, WEP_EXAMPLE_REGION_CODE, WEP_EXAMPLE_REGION_NAME,
                                  "centrumgemeente", prov, &error), &error);

  for (guint i = 0; i < N_MUNICIPALITIES; i++)
    {
      const ExampleMunicipality *m = &municipalities[i];
      /* Illustrative: 2.2 persons a household, a quarter of it social rent. */
      WepMunicipality row = { m->code, m->name, m->province, m->population,
                              m->population * 10 / 22, m->population * 10 / 22 / 4 };

      check (wep_document_add_municipality (doc, &row, prov, &error)
             && wep_document_add_region_member (doc, WEP_EXAMPLE_REGION_CODE, m->code, prov,
                                                &error), &error);
      /* Monitoring: homes let to people leaving the shelter in 2025. */
      check (wep_document_add_allocation (doc, m->code, 2025, "uitstroom_mo_bw",
                                          (gint64) ceil (m->population / 4000.0), prov, &error), &error);
    }

  for (int y = 0; y < input->horizon_years; y++)
    {
      int year = input->base_year + y;
      double parts[N_MUNICIPALITIES];

      share_out (region->yearly[WEP_Y_LETTINGS][y], parts);
      for (guint i = 0; i < N_MUNICIPALITIES; i++)
        check (wep_document_set_lettings (doc, municipalities[i].code, year, parts[i], prov,
                                          &error), &error);

      for (guint k = 0; k < WEP_N_HOUSING; k++)
        {
          share_out (region->yearly[WEP_Y_NEW_UNITS_HF + k][y], parts);
          for (guint i = 0; i < N_MUNICIPALITIES; i++)
            {
              g_autofree char *document =
                g_strdup_printf ("Woonzorgvisie %s (illustratief)", municipalities[i].name);
              WepPlan plan = { municipalities[i].code, year, wep_pathway_key (k), parts[i],
                               year == input->base_year ? "in_aanbouw" : "gepland", document,
                               "2025-06-30", "" };

              if (parts[i] > 0)
                check (wep_document_add_plan (doc, &plan, prov, &error), &error);
            }
        }

      check (wep_document_set_region_figure (doc, WEP_EXAMPLE_REGION_CODE, year, "inflow",
                                             region->yearly[WEP_Y_INFLOW][y], prov, &error)
             && wep_document_set_region_figure (doc, WEP_EXAMPLE_REGION_CODE, year,
                                                "shelter_capacity",
                                                region->yearly[WEP_Y_SHELTER_CAPACITY][y], prov,
                                                &error), &error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (figure_at_start); i++)
    check (wep_document_set_region_figure (doc, WEP_EXAMPLE_REGION_CODE, input->base_year,
                                           figure_at_start[i], region->scalar[scalar_at_start[i]],
                                           prov, &error), &error);

  check (wep_document_store_scenario (doc, WEP_EXAMPLE_SCENARIO_NAME, input, prov, &error), &error);
  return doc;
}

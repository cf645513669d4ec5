/* wep-table-kinds.c: the columns of each kind of spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-table-kinds.h"

#define ALIASES(...) ((const char *const[]) { __VA_ARGS__, NULL })

static const WepField plan_fields[] = {
  { "municipality", "gemeente", ALIASES ("gemeentecode", "gemeentenaam", "municipality", "gm_code", "statcode"), WEP_FIELD_MUNICIPALITY, TRUE, "GM0193" },
  { "year", "jaar", ALIASES ("year", "jaar oplevering", "opleverjaar"), WEP_FIELD_YEAR, TRUE, "2027" },
  { "pathway", "woonvorm", ALIASES ("pathway", "route", "type", "woonvorm begeleiding"), WEP_FIELD_PATHWAY, TRUE, "hf" },
  { "units", "aantal", ALIASES ("units", "aantal woningen", "woningen", "eenheden", "aantal eenheden"), WEP_FIELD_NUMBER, TRUE, "12" },
  { "status", "status", ALIASES ("fase", "state"), WEP_FIELD_STATUS, FALSE, "gepland" },
  { "source_document", "bron", ALIASES ("source", "brondocument", "source document", "document"), WEP_FIELD_TEXT, FALSE, "Woonzorgvisie Zwolle 2025" },
  { "source_date", "datum bron", ALIASES ("brondatum", "source date", "datum"), WEP_FIELD_DATE, FALSE, "2025-06-30" },
  { "note", "opmerking", ALIASES ("note", "toelichting", "opmerkingen"), WEP_FIELD_TEXT, FALSE, "" },
};

static const WepField figure_fields[] = {
  { "municipality", "gemeente", ALIASES ("gemeentecode", "municipality", "gm_code", "statcode", "code"), WEP_FIELD_MUNICIPALITY, TRUE, "GM0193" },
  /* The name of a municipality the plan does not have yet (it is added),
   * or beside the code as a check. */
  { "name", "gemeentenaam", ALIASES ("naam", "name", "municipality name", "naam gemeente", "statnaam"), WEP_FIELD_TEXT, FALSE, "Zwolle" },
  { "population", "inwoners", ALIASES ("population", "bevolking", "aantal inwoners"), WEP_FIELD_COUNT, FALSE, "132000" },
  { "households", "huishoudens", ALIASES ("households", "aantal huishoudens"), WEP_FIELD_COUNT, FALSE, "60000" },
  { "social_rental_stock", "sociale huurvoorraad", ALIASES ("social rental stock", "sociale huurwoningen", "voorraad sociale huur"), WEP_FIELD_COUNT, FALSE, "15000" },
  { "year", "jaar", ALIASES ("year"), WEP_FIELD_YEAR, FALSE, "2026" },
  { "lettings", "verhuringen", ALIASES ("lettings", "vrijkomende sociale huurwoningen", "verhuringen sociale huur", "mutaties"), WEP_FIELD_NUMBER, FALSE, "1200" },
};

static const WepField region_fields[] = {
  { "municipality", "gemeente", ALIASES ("gemeentecode", "gemeentenaam", "municipality", "gm_code", "statcode"), WEP_FIELD_MUNICIPALITY, TRUE, "GM0193" },
  { "region", "regio", ALIASES ("regiocode", "region", "region code"), WEP_FIELD_REGION, TRUE, "CG0193" },
  { "region_name", "regionaam", ALIASES ("region name", "naam regio"), WEP_FIELD_TEXT, FALSE, "Regio Zwolle" },
  { "kind", "soort", ALIASES ("kind", "type", "soort regio"), WEP_FIELD_REGION_KIND, TRUE, "centrumgemeente" },
};

static const WepField region_figure_fields[] = {
  { "region", "regio", ALIASES ("regiocode", "region", "region code"), WEP_FIELD_REGION, TRUE, "CG0193" },
  { "year", "jaar", ALIASES ("year"), WEP_FIELD_YEAR, TRUE, "2026" },
  { "shelter_capacity", "opvangcapaciteit", ALIASES ("shelter_capacity", "opvangplekken", "plaatsen opvang"), WEP_FIELD_NUMBER, FALSE, "600" },
  { "homeless", "dakloze personen", ALIASES ("homeless", "daklozen", "aantal daklozen"), WEP_FIELD_NUMBER, FALSE, "900" },
  { "exit_ready", "uitstroomklaar", ALIASES ("exit_ready", "uitstroomklare personen"), WEP_FIELD_NUMBER, FALSE, "400" },
  { "inflow", "instroom", ALIASES ("inflow", "nieuw dakloos"), WEP_FIELD_NUMBER, FALSE, "580" },
  { "housed_hf", "wonend met begeleiding hf", ALIASES ("housed_hf", "housing first bewoners"), WEP_FIELD_NUMBER, FALSE, "120" },
  { "housed_ind", "wonend met begeleiding zelfstandig", ALIASES ("housed_ind"), WEP_FIELD_NUMBER, FALSE, "350" },
  { "housed_grp", "wonend geclusterd", ALIASES ("housed_grp", "wonend met begeleiding geclusterd"), WEP_FIELD_NUMBER, FALSE, "180" },
  { "grp_places", "geclusterde plekken", ALIASES ("grp_places", "plekken geclusterd wonen"), WEP_FIELD_NUMBER, FALSE, "190" },
};

static const WepField allocation_fields[] = {
  { "municipality", "gemeente", ALIASES ("gemeentecode", "gemeentenaam", "municipality", "gm_code", "statcode"), WEP_FIELD_MUNICIPALITY, TRUE, "GM0193" },
  { "year", "jaar", ALIASES ("year"), WEP_FIELD_YEAR, TRUE, "2025" },
  { "target_group", "groep", ALIASES ("target group", "aandachtsgroep", "doelgroep"), WEP_FIELD_TEXT, TRUE, "uitstroom_mo_bw" },
  { "homes", "aantal", ALIASES ("homes", "toewijzingen", "aantal toewijzingen", "woningen"), WEP_FIELD_COUNT, TRUE, "33" },
};

static const WepTableKind kinds[] = {
  { WEP_IMPORT_PLANS, plan_fields, G_N_ELEMENTS (plan_fields) },
  { WEP_IMPORT_FIGURES, figure_fields, G_N_ELEMENTS (figure_fields) },
  { WEP_IMPORT_REGIONS, region_fields, G_N_ELEMENTS (region_fields) },
  { WEP_IMPORT_REGION_FIGURES, region_figure_fields, G_N_ELEMENTS (region_figure_fields) },
  { WEP_IMPORT_ALLOCATIONS, allocation_fields, G_N_ELEMENTS (allocation_fields) },
};

static const char *kind_keys[WEP_N_IMPORT_KINDS] = {
  "plans", "figures", "regions", "region-figures", "allocations", "boundaries",
};

const char *
wep_import_kind_key (WepImportKind kind)
{
  g_return_val_if_fail (kind < WEP_N_IMPORT_KINDS, NULL);
  return kind_keys[kind];
}

gboolean
wep_import_kind_from_key (const char    *key,
                          WepImportKind *kind)
{
  for (guint i = 0; i < WEP_N_IMPORT_KINDS; i++)
    if (g_strcmp0 (kind_keys[i], key) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const WepTableKind *
wep_table_kind (WepImportKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return &kinds[i];
  return NULL;
}

char *
wep_fold_for_match (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  ascii = g_str_to_ascii (text, "C");
  out = g_string_new (NULL);
  for (const char *c = ascii; *c != '\0'; c++)
    if (g_ascii_isalnum (*c))
      g_string_append_c (out, g_ascii_tolower (*c));
  return g_string_free (out, FALSE);
}

const WepField *
wep_table_kind_find (const WepTableKind *table,
                     const char         *header)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (table != NULL, NULL);

  if (header == NULL)
    return NULL;
  folded = wep_fold_for_match (header);
  for (guint i = 0; i < table->n_fields; i++)
    {
      const WepField *field = &table->fields[i];
      g_autofree char *key = wep_fold_for_match (field->key);
      g_autofree char *name = wep_fold_for_match (field->header);

      if (g_str_equal (folded, key) || g_str_equal (folded, name))
        return field;
      for (guint a = 0; field->aliases != NULL && field->aliases[a] != NULL; a++)
        {
          g_autofree char *alias = wep_fold_for_match (field->aliases[a]);

          if (g_str_equal (folded, alias))
            return field;
        }
    }
  return NULL;
}

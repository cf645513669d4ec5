/* wep-fair-share.h: the regional need spread over the municipalities
 *
 * For a scenario of a plan: per region, year and housing pathway, the
 * homes needed (docs/model.md, "Homes needed: the goal seek") are shared
 * out over the region's member municipalities by a key the planner picks,
 * and each municipality's planned units are set against its share
 * (docs/model.md, "Fair share over municipalities").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_FAIR_SHARE_POPULATION,            /* inwoners */
  WEP_FAIR_SHARE_SOCIAL_RENTAL_STOCK,   /* sociale huurvoorraad */
  WEP_FAIR_SHARE_LETTINGS,              /* verhuringen, of the year */
  WEP_FAIR_SHARE_EQUAL,                 /* gelijk */
  WEP_N_FAIR_SHARE_KEYS
} WepFairShareKey;

/* "population", "social-rental-stock", "lettings", "equal": the names the
 * CLI and the exported files use. */
const char *wep_fair_share_key_to_string   (WepFairShareKey  key);
/* Accepts the English names above and the Dutch ones ("inwoners",
 * "sociale-huur", "verhuringen", "gelijk"), case and accents ignored. */
gboolean    wep_fair_share_key_from_string (const char      *text,
                                            WepFairShareKey *key);
/* For display, translated: "population" … in English, "inwoners",
 * "sociale huurvoorraad", "verhuringen", "gelijk" in Dutch. */
const char *wep_fair_share_key_label       (WepFairShareKey  key);

/* One municipality, year and pathway. Strings belong to the WepFairShare. */
typedef struct
{
  const char *region;          /* the region's name */
  const char *region_code;
  const char *municipality;    /* CBS code, GM0193 */
  const char *name;
  int         year;
  WepPathway  pathway;         /* a housing pathway */
  double      need;            /* the regional need of the year and pathway */
  gboolean    reachable;       /* FALSE: need is the planned units only */
  double      key_value;       /* the municipality's value of the key (1 for equal) */
  double      share;           /* need × key_value / the region's total of the key */
  double      planned;         /* its counted plans of the year and pathway */
  double      gap;             /* planned − share; negative: plans below the share */
  double      gap_per_10k;     /* gap per 10,000 inhabitants; NAN when unknown */
} WepFairShareRow;

/* A region of the scenario that took part. */
typedef struct
{
  const char *name;
  const char *code;
  int         target_year;
  guint       n_members;
  gboolean    reachable[WEP_N_HOUSING];
  gint64      extra_per_year[WEP_N_HOUSING];   /* x_k; 0 when not reachable */
} WepFairShareRegion;

typedef struct
{
  WepFairShareKey  key;
  int              base_year;
  int              n_years;
  GArray          *regions;   /* of WepFairShareRegion, in the scenario's order */
  GArray          *rows;      /* of WepFairShareRow: region, year, pathway, municipality code */
  GPtrArray       *notes;     /* of char *, translated: what was left out and why */
  /* private */
  GStringChunk    *strings;
} WepFairShare;

/* Computes the fair share for every region of the scenario. A region
 * without members is left out with a note; a pathway whose goal cannot be
 * reached shares out the planned units only (row.reachable FALSE, with a
 * note). A member without a value for the key is an error that names it
 * (WEP_DOCUMENT_ERROR_INVALID), as is a region whose key adds up to 0. */
WepFairShare *wep_fair_share_compute (WepDocument      *doc,
                                      const char       *scenario,
                                      WepFairShareKey   key,
                                      GError          **error);
void          wep_fair_share_free    (WepFairShare     *fair_share);

static inline const WepFairShareRow *
wep_fair_share_row (const WepFairShare *fair_share,
                    guint               i)
{
  return &g_array_index (fair_share->rows, WepFairShareRow, i);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepFairShare, wep_fair_share_free)

G_END_DECLS

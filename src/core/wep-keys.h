/* wep-keys.h: the vocabulary of the planning model
 *
 * Every key here is spelled exactly as in the model specification
 * (docs/model.md): the same names travel through JSON, CSV, the CLI, the
 * plan file and the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pathways. The first three are the housing pathways. */
typedef enum
{
  WEP_PATHWAY_HF,
  WEP_PATHWAY_IND,
  WEP_PATHWAY_GRP,
  WEP_PATHWAY_OWN,
  WEP_N_PATHWAYS
} WepPathway;

#define WEP_N_HOUSING 3

/* Scalar inputs of a region. */
typedef enum
{
  WEP_S_MIX_HF,
  WEP_S_MIX_IND,
  WEP_S_MIX_GRP,
  WEP_S_MIX_OWN,
  WEP_S_READY_MONTHS_HF,
  WEP_S_READY_MONTHS_IND,
  WEP_S_READY_MONTHS_GRP,
  WEP_S_READY_MONTHS_OWN,
  WEP_S_RELAPSE_HF,
  WEP_S_RELAPSE_IND,
  WEP_S_RELAPSE_GRP,
  WEP_S_SUPPORT_END_HF,
  WEP_S_SUPPORT_END_IND,
  WEP_S_SUPPORT_END_GRP,
  WEP_S_HOMELESS0,
  WEP_S_EXIT_READY0,
  WEP_S_HOUSED0_HF,
  WEP_S_HOUSED0_IND,
  WEP_S_HOUSED0_GRP,
  WEP_S_GRP_PLACES0,
  WEP_S_COST_SHELTER,
  WEP_S_COST_UNSHELTERED,
  WEP_S_COST_SUPPORT_HF,
  WEP_S_COST_SUPPORT_IND,
  WEP_S_COST_SUPPORT_GRP,
  WEP_S_COST_UNIT_HF,
  WEP_S_COST_UNIT_IND,
  WEP_S_COST_UNIT_GRP,
  WEP_S_TARGET_YEAR,
  WEP_S_MAX_WAIT_MONTHS,
  WEP_N_SCALARS
} WepScalar;

/* Per-year inputs of a region: one value for every model year. */
typedef enum
{
  WEP_Y_INFLOW,
  WEP_Y_PREVENTION,
  WEP_Y_LETTINGS,
  WEP_Y_QUOTA_HF,
  WEP_Y_QUOTA_IND,
  WEP_Y_NEW_UNITS_HF,
  WEP_Y_NEW_UNITS_IND,
  WEP_Y_NEW_UNITS_GRP,
  WEP_Y_SUPPORT_CAP_HF,
  WEP_Y_SUPPORT_CAP_IND,
  WEP_Y_SHELTER_CAPACITY,
  WEP_N_YEARLY
} WepYearly;

/* Yearly result columns, in the order of the specification. */
typedef enum
{
  WEP_C_ENTRANTS,
  WEP_C_READY_HF,
  WEP_C_READY_IND,
  WEP_C_READY_GRP,
  WEP_C_MOVES_HF,
  WEP_C_MOVES_IND,
  WEP_C_MOVES_GRP,
  WEP_C_RELAPSES,
  WEP_C_LEFT_OWN,
  WEP_C_HOMELESS,
  WEP_C_SHELTERED,
  WEP_C_UNSHELTERED,
  WEP_C_QUEUE_HF,
  WEP_C_QUEUE_IND,
  WEP_C_QUEUE_GRP,
  WEP_C_HOUSED_HF,
  WEP_C_HOUSED_IND,
  WEP_C_HOUSED_GRP,
  WEP_C_WAIT_HF,
  WEP_C_WAIT_IND,
  WEP_C_WAIT_GRP,
  WEP_C_COST,
  WEP_N_COLUMNS
} WepColumn;

/* What values a key accepts. */
typedef enum
{
  WEP_RANGE_FRACTION,       /* [0, 1] */
  WEP_RANGE_FRACTION_OPEN,  /* [0, 1) */
  WEP_RANGE_NON_NEGATIVE,   /* >= 0 */
  WEP_RANGE_POSITIVE,       /* > 0 */
  WEP_RANGE_YEAR,           /* a whole year within the model years */
} WepRangeKind;

typedef struct
{
  const char   *key;      /* spec key, e.g. "relapse_hf" */
  const char   *label;    /* short Dutch-translatable label, for N_() */
  const char   *unit;     /* unit, translatable */
  WepRangeKind  range;
} WepKeyInfo;

const WepKeyInfo *wep_scalar_info      (WepScalar  key);
const WepKeyInfo *wep_yearly_info      (WepYearly  key);
const WepKeyInfo *wep_column_info      (WepColumn  column);
const char       *wep_pathway_key      (WepPathway pathway);
const char       *wep_pathway_label    (WepPathway pathway);

/* Look a key up by its spec name; -1 when unknown. */
int               wep_scalar_from_key  (const char *key);
int               wep_yearly_from_key  (const char *key);
int               wep_column_from_key  (const char *key);
int               wep_pathway_from_key (const char *key);

gboolean          wep_range_contains   (WepRangeKind kind,
                                        double       value);
/* A human description of a range, e.g. "0 to 1"; translated. */
const char       *wep_range_describe   (WepRangeKind kind);

/* Columns that are waits: recomputed, not summed, in totals. */
static inline gboolean
wep_column_is_wait (WepColumn column)
{
  return column >= WEP_C_WAIT_HF && column <= WEP_C_WAIT_GRP;
}

G_END_DECLS

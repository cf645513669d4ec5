/* wep-input.h: the inputs of the planning model
 *
 * One WepModelInput holds the model years and, per region, the scalar and
 * per-year inputs of the specification, with optional triangular ranges
 * (low, mode, high) for the uncertainty layer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "wep-keys.h"

G_BEGIN_DECLS

#define WEP_DEFAULT_HORIZON_YEARS 5
#define WEP_MAX_HORIZON_YEARS     30
#define WEP_MIN_BASE_YEAR         2000
#define WEP_MAX_BASE_YEAR         2100
#define WEP_MAX_REGIONS           2000
#define WEP_MAX_NAME_LENGTH       200

/* The name of the row that sums all regions; no region may use it. */
#define WEP_TOTAL_REGION_NAME     "Totaal"

typedef struct
{
  double low;
  double mode;
  double high;
} WepTriangle;

typedef struct
{
  char         *name;
  double        scalar[WEP_N_SCALARS];
  double       *yearly[WEP_N_YEARLY];       /* horizon_years values each */

  /* Uncertainty: a range per scalar (has_range) and per key and year
   * (yearly_range[key] is NULL when no year of it has a range; a year
   * without a range has isnan (low)). */
  gboolean      has_range[WEP_N_SCALARS];
  WepTriangle   range[WEP_N_SCALARS];
  WepTriangle  *yearly_range[WEP_N_YEARLY];
} WepRegionInput;

typedef struct
{
  int         base_year;
  int         horizon_years;
  gboolean    has_seed;
  guint64     seed;
  GPtrArray  *regions;                      /* of WepRegionInput */
} WepModelInput;

WepModelInput  *wep_model_input_new          (int                   base_year,
                                              int                   horizon_years);
WepModelInput  *wep_model_input_copy         (const WepModelInput  *input);
void            wep_model_input_free         (WepModelInput        *input);
WepRegionInput *wep_model_input_add_region   (WepModelInput        *input,
                                              const char           *name);
WepRegionInput *wep_model_input_find_region  (const WepModelInput  *input,
                                              const char           *name);
static inline WepRegionInput *
wep_model_input_region (const WepModelInput *input,
                        guint                i)
{
  return g_ptr_array_index (input->regions, i);
}

/* Year index helpers: year - base_year, or -1 outside the model years. */
int             wep_model_input_year_index   (const WepModelInput  *input,
                                              int                   year);
void            wep_region_input_set_yearly_range (WepRegionInput *region,
                                                   int             horizon_years,
                                                   WepYearly       key,
                                                   int             year_index,
                                                   WepTriangle     range);
gboolean        wep_region_input_has_ranges  (const WepRegionInput *region,
                                              int                   horizon_years);

/* Validation: every rule of the specification. On failure the error names
 * the region, the key, the year and the value (WEP_INPUT_ERROR_RANGE etc.). */
gboolean        wep_model_input_validate     (const WepModelInput  *input,
                                              GError              **error);

/* JSON (docs/model.md, "Model input as JSON"). Errors name the file name
 * given (may be NULL), the line, the region, the key and the year. */
WepModelInput  *wep_model_input_load_json    (const char           *filename,
                                              GError              **error);
WepModelInput  *wep_model_input_from_json_data (const char         *data,
                                                gssize              length,
                                                const char         *display_name,
                                                GError            **error);
char           *wep_model_input_to_json      (const WepModelInput  *input);
gboolean        wep_model_input_save_json    (const WepModelInput  *input,
                                              const char           *filename,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepModelInput, wep_model_input_free)

G_END_DECLS

/* wep-assumptions-input.c: one field of the "Aannames" page in a model
 * input: its value, its range, its text, and how messages name it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wep-assumptions-view-private.h"
#include "wep-format.h"

/* ---- a field's value --------------------------------------------------- */

const WepKeyInfo *
_wep_field_info (const AssumptionField *field)
{
  return field->yearly ? wep_yearly_info (field->key) : wep_scalar_info (field->key);
}

double
_wep_field_value (const AssumptionField *field,
                  const WepRegionInput  *region)
{
  if (region == NULL)
    return NAN;
  return field->yearly ? region->yearly[field->key][field->year_index]
                       : region->scalar[field->key];
}

void
_wep_field_set_value (const AssumptionField *field,
                      WepRegionInput        *region,
                      double                 value)
{
  if (field->yearly)
    region->yearly[field->key][field->year_index] = value;
  else
    region->scalar[field->key] = value;
}

gboolean
_wep_field_get_range (const AssumptionField *field,
                      const WepRegionInput  *region,
                      WepTriangle           *range)
{
  if (region == NULL)
    return FALSE;
  if (!field->yearly)
    {
      *range = region->range[field->key];
      return region->has_range[field->key];
    }
  if (region->yearly_range[field->key] == NULL
      || isnan (region->yearly_range[field->key][field->year_index].low))
    return FALSE;
  *range = region->yearly_range[field->key][field->year_index];
  return TRUE;
}

void
_wep_field_set_range (const AssumptionField *field,
                      WepRegionInput        *region,
                      int                    horizon_years,
                      const WepTriangle     *range)
{
  static const WepTriangle none = { NAN, NAN, NAN };

  if (!field->yearly)
    {
      region->has_range[field->key] = range != NULL;
      region->range[field->key] = range != NULL ? *range : none;
    }
  else if (range != NULL || region->yearly_range[field->key] != NULL)
    wep_region_input_set_yearly_range (region, horizon_years, field->key, field->year_index,
                                       range != NULL ? *range : none);
}

gboolean
_wep_field_can_have_range (const AssumptionField *field)
{
  /* docs/model.md, "Uncertainty": not the mix, the target year or the
   * longest wait. */
  return field->yearly
         || !(field->key <= WEP_S_MIX_OWN || field->key == WEP_S_TARGET_YEAR
              || field->key == WEP_S_MAX_WAIT_MONTHS);
}

char *
_wep_field_format (const AssumptionField *field,
                   double                 value)
{
  /* A year is a name, not a quantity: no grouping. */
  if (_wep_field_info (field)->range == WEP_RANGE_YEAR && isfinite (value))
    return g_strdup_printf ("%.0f", value);
  return wep_format_input (value);
}

char *
_wep_field_describe (const AssumptionField *field,
                     const char            *region)
{
  WepAssumptionsView *self = field->view;

  if (field->yearly)
    return g_strdup_printf (_("Region “%1$s”, key “%2$s”, year %3$d"), region,
                            _wep_field_info (field)->key, self->base_year + field->year_index);
  return g_strdup_printf (_("Region “%1$s”, key “%2$s”"), region, _wep_field_info (field)->key);
}

char *
_wep_field_title (const AssumptionField *field)
{
  const char *label = _(_wep_field_info (field)->label);

  if (!field->yearly)
    return g_strdup (label);
  /* Translators: an input and a year, e.g. "Newly homeless, 2027" */
  return g_strdup_printf (_("%s, %d"), label, field->view->base_year + field->year_index);
}

void
_wep_field_clear (AssumptionField *field)
{
  g_clear_pointer (&field->shown, g_free);
  g_clear_pointer (&field->problem, g_free);
  g_clear_pointer (&field->range_editor, _wep_range_editor_free);
}

/* ---- the shown region -------------------------------------------------- */

WepRegionInput *
_wep_assumptions_region (WepAssumptionsView *self)
{
  const WepModelInput *input = self->session != NULL ? wep_session_get_input (self->session)
                                                     : NULL;

  if (input == NULL || self->shown_region == NULL)
    return NULL;
  return wep_model_input_find_region (input, self->shown_region);
}

const WepRegionInput *
_wep_assumptions_derived_region (WepAssumptionsView *self)
{
  if (self->derived == NULL || self->shown_region == NULL)
    return NULL;
  return wep_model_input_find_region (self->derived, self->shown_region);
}

AssumptionField *
_wep_assumptions_find_field (WepAssumptionsView  *self,
                             const char          *key,
                             int                  year,
                             GError             **error)
{
  int scalar = wep_scalar_from_key (key);
  int yearly = wep_yearly_from_key (key);

  if (scalar >= 0)
    return &self->scalars[scalar];
  if (yearly < 0)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("There is no model input “%s”."), key);
      return NULL;
    }
  if (year < self->base_year || year >= self->base_year + self->n_years
      || self->cells == NULL)
    {
      g_set_error (error, WEP_DOCUMENT_ERROR, WEP_DOCUMENT_ERROR_NOT_FOUND,
                   _("Key “%s”: %d is not a model year (%d to %d)."), key, year,
                   self->base_year, self->base_year + self->n_years - 1);
      return NULL;
    }
  return g_ptr_array_index (self->cells, yearly * self->n_years + (year - self->base_year));
}

/* wep-plan-object.c: one row of the plans table, as a list model item
 *
 * The values come from the document (WepPlanRow); when the document
 * changes, wep_plan_object_update() notifies only what changed, so the
 * cells showing the row follow without being rebuilt.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-plan-object.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_MUNICIPALITY,
  PROP_MUNICIPALITY_NAME,
  PROP_YEAR,
  PROP_PATHWAY,
  PROP_UNITS,
  PROP_STATUS,
  PROP_SOURCE_DOCUMENT,
  PROP_SOURCE_DATE,
  PROP_NOTE,
  PROP_PROVENANCE,
  PROP_COUNTED,
  PROP_PROBLEM,
  N_PROPS
};

/* The text properties, in the order of the enum above. */
#define FIRST_TEXT PROP_MUNICIPALITY
#define N_TEXTS    (PROP_PROVENANCE - PROP_MUNICIPALITY + 1)

struct _WepPlanObject
{
  GObject   parent_instance;

  gint64    id;
  int       year;
  double    units;
  gboolean  counted;
  /* Indexed by prop_id - FIRST_TEXT; year and units have a NULL slot. */
  char     *texts[N_TEXTS];
  char     *problem;
  int       problem_field;
};

G_DEFINE_FINAL_TYPE (WepPlanObject, wep_plan_object, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
wep_plan_object_finalize (GObject *object)
{
  WepPlanObject *self = (WepPlanObject *) object;

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_free (self->problem);

  G_OBJECT_CLASS (wep_plan_object_parent_class)->finalize (object);
}

static void
wep_plan_object_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WepPlanObject *self = WEP_PLAN_OBJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_UNITS:
      g_value_set_double (value, self->units);
      break;

    case PROP_COUNTED:
      g_value_set_boolean (value, self->counted);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    case PROP_MUNICIPALITY:
    case PROP_MUNICIPALITY_NAME:
    case PROP_PATHWAY:
    case PROP_STATUS:
    case PROP_SOURCE_DOCUMENT:
    case PROP_SOURCE_DATE:
    case PROP_NOTE:
    case PROP_PROVENANCE:
      g_value_set_string (value, self->texts[prop_id - FIRST_TEXT]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wep_plan_object_class_init (WepPlanObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wep_plan_object_finalize;
  object_class->get_property = wep_plan_object_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_MUNICIPALITY] = g_param_spec_string ("municipality", NULL, NULL, NULL, flags);
  properties[PROP_MUNICIPALITY_NAME] =
    g_param_spec_string ("municipality-name", NULL, NULL, NULL, flags);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_PATHWAY] = g_param_spec_string ("pathway", NULL, NULL, NULL, flags);
  properties[PROP_UNITS] = g_param_spec_double ("units", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_DOCUMENT] =
    g_param_spec_string ("source-document", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_DATE] = g_param_spec_string ("source-date", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_PROVENANCE] = g_param_spec_string ("provenance", NULL, NULL, NULL, flags);
  properties[PROP_COUNTED] = g_param_spec_boolean ("counted", NULL, NULL, TRUE, flags);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wep_plan_object_init (WepPlanObject *self)
{
  self->problem_field = -1;
}

static gboolean
set_text (WepPlanObject *self,
          guint          prop_id,
          const char    *text)
{
  char **slot = &self->texts[prop_id - FIRST_TEXT];

  g_assert (prop_id >= FIRST_TEXT && prop_id < FIRST_TEXT + N_TEXTS);

  if (g_strcmp0 (*slot, text) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

WepPlanObject *
wep_plan_object_new (const WepPlanRow *row)
{
  WepPlanObject *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (WEP_TYPE_PLAN_OBJECT, NULL);
  self->id = row->id;
  wep_plan_object_update (self, row);
  return self;
}

gboolean
wep_plan_object_update (WepPlanObject    *self,
                        const WepPlanRow *row)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), FALSE);
  g_return_val_if_fail (row != NULL && row->id == self->id, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  changed |= set_text (self, PROP_MUNICIPALITY, row->municipality);
  changed |= set_text (self, PROP_MUNICIPALITY_NAME, row->municipality_name);
  changed |= set_text (self, PROP_PATHWAY, row->pathway);
  changed |= set_text (self, PROP_STATUS, row->status);
  changed |= set_text (self, PROP_SOURCE_DOCUMENT, row->source_document);
  changed |= set_text (self, PROP_SOURCE_DATE, row->source_date);
  changed |= set_text (self, PROP_NOTE, row->note);
  changed |= set_text (self, PROP_PROVENANCE, row->provenance);
  if (self->year != row->year)
    {
      self->year = row->year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
      changed = TRUE;
    }
  if (self->units != row->units)
    {
      self->units = row->units;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
      changed = TRUE;
    }
  if (self->counted != row->counted)
    {
      self->counted = row->counted;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTED]);
      changed = TRUE;
    }
  /* What the document now holds replaces an edit that was refused. */
  if (changed)
    wep_plan_object_set_problem (self, -1, NULL);
  g_object_thaw_notify (G_OBJECT (self));
  return changed;
}

gint64
wep_plan_object_get_id (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), -1);
  return self->id;
}

#define TEXT_GETTER(name, prop)                           \
  const char *                                            \
  wep_plan_object_get_##name (WepPlanObject *self)        \
  {                                                       \
    g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), NULL); \
    return self->texts[prop - FIRST_TEXT];                \
  }

TEXT_GETTER (municipality, PROP_MUNICIPALITY)
TEXT_GETTER (municipality_name, PROP_MUNICIPALITY_NAME)
TEXT_GETTER (pathway, PROP_PATHWAY)
TEXT_GETTER (status, PROP_STATUS)
TEXT_GETTER (source_document, PROP_SOURCE_DOCUMENT)
TEXT_GETTER (source_date, PROP_SOURCE_DATE)
TEXT_GETTER (note, PROP_NOTE)
TEXT_GETTER (provenance, PROP_PROVENANCE)

int
wep_plan_object_get_year (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), 0);
  return self->year;
}

double
wep_plan_object_get_units (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), 0);
  return self->units;
}

gboolean
wep_plan_object_get_counted (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), FALSE);
  return self->counted;
}

const char *
wep_plan_object_get_problem (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), NULL);
  return self->problem;
}

int
wep_plan_object_get_problem_field (WepPlanObject *self)
{
  g_return_val_if_fail (WEP_IS_PLAN_OBJECT (self), -1);
  return self->problem_field;
}

void
wep_plan_object_set_problem (WepPlanObject *self,
                             int            field,
                             const char    *message)
{
  g_return_if_fail (WEP_IS_PLAN_OBJECT (self));

  if (message == NULL)
    field = -1;
  if (self->problem_field == field && g_strcmp0 (self->problem, message) == 0)
    return;
  self->problem_field = field;
  g_free (self->problem);
  self->problem = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

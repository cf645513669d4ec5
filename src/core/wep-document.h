/* wep-document.h: a plan file (.weplan), one SQLite database per plan
 *
 * A WepDocument holds everything a region's plan needs: municipalities,
 * regions, plans, figures, monitoring and scenarios, each imported or
 * merged row with its provenance. The file is the product's document:
 * opening never runs anything that came with it, saving replaces it
 * atomically, and a merge never overwrites anyone's numbers silently.
 * docs/file-format.md describes every table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "wep-input.h"

G_BEGIN_DECLS

#define WEP_DOCUMENT_EXTENSION      ".weplan"
/* "WEPL" */
#define WEP_DOCUMENT_APPLICATION_ID 0x5745504C
#define WEP_DOCUMENT_FORMAT_VERSION 1

#define WEP_DOCUMENT_ERROR (wep_document_error_quark ())

typedef enum
{
  WEP_DOCUMENT_ERROR_IO,
  WEP_DOCUMENT_ERROR_NOT_A_PLAN,       /* not SQLite, or another application's */
  WEP_DOCUMENT_ERROR_NEWER_VERSION,
  WEP_DOCUMENT_ERROR_CORRUPT,          /* quick_check or foreign keys fail */
  WEP_DOCUMENT_ERROR_UNEXPECTED_SCHEMA,/* extra tables, triggers, views, columns */
  WEP_DOCUMENT_ERROR_LIMIT,            /* too large, too many rows, too long a text */
  WEP_DOCUMENT_ERROR_INVALID,          /* a value that breaks the rules */
  WEP_DOCUMENT_ERROR_READ_ONLY,
  WEP_DOCUMENT_ERROR_LOCKED,
  WEP_DOCUMENT_ERROR_NOT_FOUND,        /* no such scenario, municipality … */
  WEP_DOCUMENT_ERROR_EXISTS,
  WEP_DOCUMENT_ERROR_CONFLICT,         /* a merge with conflicts and no choice */
} WepDocumentError;

GQuark wep_document_error_quark (void);

typedef enum
{
  WEP_OPEN_DEFAULT   = 0,
  WEP_OPEN_READ_ONLY = 1 << 0,   /* never write, take no lock */
} WepOpenFlags;

#define WEP_TYPE_DOCUMENT (wep_document_get_type ())
G_DECLARE_FINAL_TYPE (WepDocument, wep_document, WEP, DOCUMENT, GObject)

/* A new, empty plan in memory, not yet saved anywhere. */
WepDocument *wep_document_new            (void);
/* Opens a plan. A file that another process has open, or that may not be
 * written, opens read-only (see wep_document_get_read_only_reason()); a file
 * from a newer format version is refused with a message naming the version
 * it needs (WEP_DOCUMENT_ERROR_NEWER_VERSION). */
WepDocument *wep_document_open           (const char    *path,
                                          WepOpenFlags   flags,
                                          GError       **error);
/* An independent copy of the plan in memory, read-only and tied to no
 * file: for reading the plan in a worker thread (an import's preview)
 * while the plan itself stays in use, since a WepDocument is not safe to
 * use from two threads. */
WepDocument *wep_document_copy           (WepDocument   *self,
                                          GError       **error);
gboolean     wep_document_save           (WepDocument   *self,
                                          GError       **error);
gboolean     wep_document_save_as        (WepDocument   *self,
                                          const char    *path,
                                          GError       **error);
/* Ends the editing of the file: drops the lock and the autosave. */
void         wep_document_close          (WepDocument   *self);

const char  *wep_document_get_path       (WepDocument   *self);
gboolean     wep_document_get_read_only  (WepDocument   *self);
/* Why the document is read-only, translated; NULL when it is not. */
const char  *wep_document_get_read_only_reason (WepDocument *self);
int          wep_document_get_file_version (WepDocument *self);
gboolean     wep_document_get_modified   (WepDocument   *self);

/* Metadata: "title", "description", "organisation", "created",
 * "modified", "division_year", "format_version", "app_version". */
char        *wep_document_get_meta       (WepDocument   *self,
                                          const char    *key);
gboolean     wep_document_set_meta       (WepDocument   *self,
                                          const char    *key,
                                          const char    *value,
                                          GError       **error);

/* Provenance: the source that rows added from now on are recorded with.
 * kind is "file", "service", "handmatig" or "merge". Returns its id. */
gint64       wep_document_add_provenance (WepDocument   *self,
                                          const char    *kind,
                                          const char    *source,
                                          const char    *organisation,
                                          GError       **error);

/* ---- data ------------------------------------------------------------ */

typedef struct
{
  const char *code;                 /* GM0344 */
  const char *name;
  const char *province;
  gint64      population;           /* -1: unknown */
  gint64      households;           /* -1: unknown */
  gint64      social_rental_stock;  /* -1: unknown */
} WepMunicipality;

gboolean wep_document_add_municipality (WepDocument           *self,
                                        const WepMunicipality *municipality,
                                        gint64                 provenance_id,
                                        GError               **error);
gboolean wep_document_set_lettings     (WepDocument   *self,
                                        const char    *municipality,
                                        int            year,
                                        double         lettings,
                                        gint64         provenance_id,
                                        GError       **error);
gboolean wep_document_set_boundary     (WepDocument   *self,
                                        const char    *municipality,
                                        GBytes        *geometry,
                                        const char    *source,
                                        int            year,
                                        gint64         provenance_id,
                                        GError       **error);
/* kind: "centrumgemeente", "woningmarktregio", "provincie" or "eigen". */
gboolean wep_document_add_region       (WepDocument   *self,
                                        const char    *code,
                                        const char    *name,
                                        const char    *kind,
                                        gint64         provenance_id,
                                        GError       **error);
gboolean wep_document_add_region_member (WepDocument  *self,
                                         const char   *region,
                                         const char   *municipality,
                                         gint64        provenance_id,
                                         GError      **error);

typedef struct
{
  const char *municipality;
  int         year;
  const char *pathway;        /* "hf", "ind", "grp" */
  double      units;
  const char *status;         /* "gepland", "in_aanbouw", "gerealiseerd" */
  const char *source_document;
  const char *source_date;
  const char *note;
} WepPlan;

gboolean wep_document_add_plan          (WepDocument   *self,
                                         const WepPlan *plan,
                                         gint64         provenance_id,
                                         GError       **error);
/* key: "inflow", "shelter_capacity", "homeless", "exit_ready",
 * "housed_hf", "housed_ind", "housed_grp", "grp_places". */
gboolean wep_document_set_region_figure (WepDocument   *self,
                                         const char    *region,
                                         int            year,
                                         const char    *key,
                                         double         value,
                                         gint64         provenance_id,
                                         GError       **error);
gboolean wep_document_add_allocation    (WepDocument   *self,
                                         const char    *municipality,
                                         int            year,
                                         const char    *target_group,
                                         gint64         homes,
                                         gint64         provenance_id,
                                         GError       **error);

/* ---- scenarios --------------------------------------------------------- */

/* Names, in the order they were made. */
GStrv          wep_document_list_scenarios   (WepDocument          *self);
/* The scenario's model input: what the data give (lettings from the member
 * municipalities, new_units_* from their plans, the region figures) with
 * the scenario's own values on top (docs/model.md, "From plan file to model
 * input"). An input that neither gives is an error naming it. */
WepModelInput *wep_document_scenario_input   (WepDocument          *self,
                                              const char           *scenario,
                                              GError              **error);
/* What the data alone give the scenario: its model years and regions, in
 * order, with the derived values (docs/model.md, "From plan file to model
 * input") and NAN wherever the data give nothing (every key the scenario
 * alone sets, a lettings year in which a member has no figure …); no
 * ranges. What a window offers to go back to ("Reset to Value From the
 * Data"): storing a model input whose value equals the derived one keeps no
 * own value for it. */
WepModelInput *wep_document_scenario_derived (WepDocument          *self,
                                              const char           *scenario,
                                              GError              **error);
/* Stores input as scenario (replacing one of that name): regions are found
 * among the scenario's own regions by code or name, then among the plan's
 * (by code, else by name), or added as kind "eigen"; only values that
 * differ from what the data give are kept as the scenario's own, so the
 * round trip through wep_document_scenario_input() is exact. provenance_id
 * is recorded with a new scenario and the regions it adds; -1 stores an
 * edit of a scenario that exists and refuses a region the plan lacks. */
gboolean       wep_document_store_scenario   (WepDocument          *self,
                                              const char           *scenario,
                                              const WepModelInput  *input,
                                              gint64                provenance_id,
                                              GError              **error);
/* Stores only region (an index into input) of a scenario that exists with
 * the same years and has that region: what an edit of one region writes
 * (the Aannames page). Else WEP_DOCUMENT_ERROR_NOT_FOUND, and
 * wep_document_store_scenario () is the way. */
gboolean       wep_document_store_scenario_region (WepDocument          *self,
                                                   const char           *scenario,
                                                   const WepModelInput  *input,
                                                   guint                 region,
                                                   GError              **error);
gboolean       wep_document_delete_scenario  (WepDocument          *self,
                                              const char           *scenario,
                                              GError              **error);

/* ---- summary ----------------------------------------------------------- */

typedef struct
{
  int     format_version;
  guint   n_municipalities;
  guint   n_boundaries;
  guint   n_regions;
  guint   n_plans;
  guint   n_region_figures;
  guint   n_allocations;
  guint   n_scenarios;
  /* "kind: source (organisation), date: N rows" per provenance entry */
  GStrv   provenance;
} WepDocumentInfo;

WepDocumentInfo *wep_document_get_info (WepDocument *self);
void             wep_document_info_free (WepDocumentInfo *info);

/* Problems that make a plan unusable, beyond what opening checks: every
 * scenario's model input must be complete and valid. Empty when fine. */
GPtrArray       *wep_document_check    (WepDocument *self);

/* ---- changes and undo ------------------------------------------------- */

/* An edit from the user: begin_change remembers the plan as it is (for
 * undo, under a label such as "Plan wijzigen"), end_change tells everyone
 * that it changed (the "changed" signal). Every edit, import and merge of
 * the window goes between the two. */
gboolean    wep_document_begin_change    (WepDocument  *self,
                                          const char   *label,
                                          GError      **error);
void        wep_document_end_change      (WepDocument  *self);
/* Goes back to before the last change (or forward again); emits "changed". */
gboolean    wep_document_undo            (WepDocument  *self,
                                          GError      **error);
gboolean    wep_document_redo            (WepDocument  *self,
                                          GError      **error);
/* The label of what undo or redo would do; NULL when there is nothing. */
const char *wep_document_get_undo_label  (WepDocument  *self);
const char *wep_document_get_redo_label  (WepDocument  *self);

/* ---- autosave ---------------------------------------------------------- */

/* Writes the document to the user's cache (autosave folder), so that
 * unsaved work survives a crash. */
gboolean   wep_document_autosave          (WepDocument  *self,
                                           GError      **error);
char      *wep_document_get_autosave_path (WepDocument  *self);
/* Autosaves left behind (by a crash): paths of the copies in the cache. */
GStrv      wep_autosave_list              (void);
/* The file an autosave copy belongs to ("" for an unsaved plan). */
char      *wep_autosave_get_original      (const char   *autosave_path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepDocumentInfo, wep_document_info_free)

G_END_DECLS

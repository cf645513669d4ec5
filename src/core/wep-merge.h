/* wep-merge.h: taking plans, figures and scenarios from another plan file
 *
 * Municipalities send each other their .weplan files. A merge takes what
 * another file has into this one in two steps: wep_merge_prepare() reads
 * the other file (with every check of an untrusted file) and finds what
 * would be added and what conflicts; the caller settles every conflict
 * (keep ours, take theirs, keep both as separate sources) and
 * wep_merge_apply() carries it out in one transaction. Nothing is
 * overwritten silently and every row keeps its provenance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "wep-document.h"

G_BEGIN_DECLS

typedef enum
{
  WEP_MERGE_UNDECIDED,
  WEP_MERGE_OURS,      /* keep what this plan has */
  WEP_MERGE_THEIRS,    /* take the other file's value (it becomes the counted one) */
  WEP_MERGE_BOTH,      /* keep both as separate sources; ours stays counted */
} WepMergeChoice;

typedef struct
{
  char           *table;         /* "plans", "region_figures", "scenarios" … */
  char           *what;          /* "GM0344 Utrecht, 2027, hf" (translated) */
  char           *ours;          /* our value, as text */
  char           *theirs;        /* their value, as text */
  char           *ours_source;   /* "file: plan-utrecht.weplan (Gemeente Utrecht), 2026-…" */
  char           *theirs_source;
  WepMergeChoice  choice;        /* set by the caller before applying */
} WepMergeConflict;

typedef struct
{
  /* Only these municipalities (CBS codes) and scenarios (names); NULL or
   * empty: all of them. */
  const char *const *municipalities;
  const char *const *scenarios;
} WepMergeFilter;

typedef struct _WepMerge WepMerge;

WepMerge   *wep_merge_prepare       (WepDocument           *target,
                                     const char            *source_path,
                                     const WepMergeFilter  *filter,
                                     GError               **error);
/* The same with the other plan already open (read-only, with the checks
 * of wep_document_open ()): opening a large file can then happen in a
 * worker thread, and only the comparison on the thread of target. */
WepMerge   *wep_merge_prepare_document (WepDocument          *target,
                                        WepDocument          *source,
                                        const WepMergeFilter *filter,
                                        GError              **error);
/* Of WepMergeConflict; set each one's choice. */
GPtrArray  *wep_merge_get_conflicts (WepMerge              *merge);
/* Sets the choice of every conflict still undecided. */
void        wep_merge_choose_all    (WepMerge              *merge,
                                     WepMergeChoice         choice);
/* The rows (and scenarios) of the other file that are new to this plan,
 * beside the conflicts: 0 when it adds nothing. */
guint       wep_merge_get_n_additions (WepMerge            *merge);
/* Rows that are new to this plan, per table ("plans: 12, scenarios: 1"). */
char       *wep_merge_describe      (WepMerge              *merge);
/* Carries the merge out; fails (WEP_DOCUMENT_ERROR_CONFLICT) while a
 * conflict is undecided, and then changes nothing. */
gboolean    wep_merge_apply         (WepMerge              *merge,
                                     GError               **error);
/* What a conflict's table holds, translated ("plans" → "plans",
 * "region_figures" → "region figures"), for showing it. */
const char *wep_merge_table_label   (const char            *table);
void        wep_merge_free          (WepMerge              *merge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WepMerge, wep_merge_free)

G_END_DECLS

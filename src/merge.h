/* merge.h: --merge-mode, how the new content reaches the staged file.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#ifndef AINSTALL_MERGE_H
#define AINSTALL_MERGE_H

#include <stdbool.h>
#include <sys/types.h>

/* Every mode stages the new file beside the destination and renames it
   into place; they differ in where the staged file comes from:
     copy    a new inode, filled from the source (the default);
     link    the source's inode, hard-linked to the temporary name: no
             data copied, the source stays, and source and destination
             share one inode;
     rename  the source's inode, moved to the temporary name: no data
             copied, the source is consumed, as with mv.
   A mode that cannot work for a file falls back to copy (see
   merge_fallback).  */
enum merge_mode
{
  MERGE_COPY,
  MERGE_LINK,
  MERGE_RENAME
};

/* For argmatch: the names of the modes, and the modes.  */
extern char const *const merge_mode_args[];
extern enum merge_mode const merge_mode_types[];

/* The name of MODE, as --merge-mode spells it.  */
char const *merge_mode_name (enum merge_mode mode);

/* Why a file is copied although another mode was asked for.  */
enum merge_fallback
{
  FALLBACK_NONE,
  FALLBACK_STRIP,         /* -s must not touch the source's inode.  */
  FALLBACK_SYMLINK,       /* rename: the source is a symbolic link, and
                             install installs what it points to.  */
  FALLBACK_NOT_REGULAR,   /* A device or FIFO: its content is installed,
                             and it is never moved, linked or removed.  */
  FALLBACK_REFUSED        /* The link or rename was refused (errno).  */
};

/* What happened to one file, for the pipeline and --debug.  */
struct merge_outcome
{
  enum merge_mode asked;
  enum merge_mode used;
  enum merge_fallback fallback;
  int fallback_errno;     /* For FALLBACK_REFUSED.  */
  bool consume_source;    /* Remove the source once the destination is
                             committed: rename mode, fallen back to copy.  */
};

/* Start OUTCOME for a file that MODE asks for, whose source has type
   SOURCE_TYPE (symlinks followed): decide at once the cases that must
   copy, whatever the file system says.  */
void merge_plan (struct merge_outcome *outcome, enum merge_mode mode,
                 mode_t source_type, bool strip, bool source_is_symlink);

/* Return true if ERR, from link or rename of a source to the staged
   name, means MODE cannot work here and copying can.  */
bool merge_refused (enum merge_mode mode, int err);

/* Record in OUTCOME that MODE was refused with ERR: copy instead.  */
void merge_fall_back (struct merge_outcome *outcome, int err);

struct staged_file;

/* Stage the file SOURCE for DEST_BASE in DIR_FD without copying, as
   OUTCOME->used (link or rename) says.  Return 0 on success; 1 if the
   file system refused in a way copying avoids, after recording the
   fallback in OUTCOME; -1 with errno set on failure.  Quiet.  */
int merge_stage_inode (struct merge_outcome *outcome,
                       struct staged_file *staged, int dir_fd,
                       char const *dest_base, char const *source);

/* For --debug: how the staged file was made ("copied", "hard-linked",
   "moved").  */
char const *merge_describe (struct merge_outcome const *outcome);

/* For --debug: a malloc'd sentence saying why OUTCOME fell back to a
   copy, or NULL if it did not.  */
char *merge_fallback_note (struct merge_outcome const *outcome);

#endif /* AINSTALL_MERGE_H */

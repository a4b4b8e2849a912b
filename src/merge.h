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
#include <sys/stat.h>
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
  FALLBACK_SYMLINK,       /* The source is a symbolic link: install
                             installs what it points to, and the inode
                             it reaches is never adopted.  */
  FALLBACK_NOT_REGULAR,   /* A device or FIFO: its content is installed,
                             and it is never moved, linked or removed.  */
  FALLBACK_NOT_OWNED,     /* It belongs to another user.  */
  FALLBACK_LINKED,        /* It has other hard links.  */
  FALLBACK_WRITABLE,      /* Others may write to it.  */
  FALLBACK_CHANGED,       /* Its name came to hold another file while it
                             was being checked or staged.  */
  FALLBACK_UNTRUSTED_PATH, /* A symbolic link on the way to it may be
                             another user's (trusted-path.h).  */
  FALLBACK_SHARED_DIR,    /* Link mode: others may write to its
                             directory, and so keep its name.  */
  FALLBACK_SHARED_DEST_DIR, /* Others may rename names in the
                             destination's directory.  */
  FALLBACK_OPEN_FOR_WRITING, /* Someone has it open for writing.  */
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

/* What the adoption rule looks at, besides the file itself.  */
struct adoption_facts
{
  struct stat const *name_st;   /* The source's name itself (lstat), or
                                   NULL if it could not be looked at.  */
  bool path_trusted;            /* No symbolic link on the way to its
                                   directory may be another user's.  */
  bool dir_private;             /* Nobody but the caller or root may
                                   add, remove or rename names in its
                                   directory (trusted-path.h).  */
  nlink_t expected_links;       /* The names it should have: 1.  */
  bool dest_dir_private;        /* Likewise for the destination's
                                   directory, where the file has a
                                   temporary name until the commit.  */
};

/* The adoption rule.  Link and rename modes make the destination the
   source's own inode, so they take it only when nobody else can reach
   into it: the source's name is the file itself, not a symbolic link to
   it, and was reached through no symbolic link that another user may
   have put or may replace; the file belongs to the user running ainstall
   (its effective user ID); it has no hard links but its own name; and
   neither its group nor others may write to it (no one else can open it
   for writing).  Link mode leaves the source's name where it is, so its
   directory must also be private: no one else may keep that name.  And
   the destination's directory must be private, in every mode: there the
   file has a temporary name until the commit, that no one else may take
   away and keep (the source's file would then have a name of theirs).
   Return the reason to copy instead, or FALLBACK_NONE to adopt.  SRC_ST
   is the source as opened (symlinks followed).  */
enum merge_fallback merge_adoption_check (enum merge_mode mode,
                                          struct stat const *src_st,
                                          struct adoption_facts const *f);

/* Start OUTCOME for a file that MODE asks for, whose source is SRC_ST
   (symlinks followed): decide at once the cases that must copy, whatever
   the file system says.  */
void merge_plan (struct merge_outcome *outcome, enum merge_mode mode,
                 struct stat const *src_st,
                 struct adoption_facts const *facts, bool strip);

/* Return true if ERR, from link or rename of a source to the staged
   name, means MODE cannot work here and copying can.  */
bool merge_refused (enum merge_mode mode, int err);

/* Record in OUTCOME that staging by its mode failed for FALLBACK (with
   ERR for FALLBACK_REFUSED): copy instead.  */
void merge_fall_back (struct merge_outcome *outcome,
                      enum merge_fallback fallback, int err);

/* For --debug: how the staged file was made ("copied", "hard-linked",
   "moved").  */
char const *merge_describe (struct merge_outcome const *outcome);

/* For --debug: a malloc'd sentence saying why OUTCOME fell back to a
   copy, or NULL if it did not.  */
char *merge_fallback_note (struct merge_outcome const *outcome);

#endif /* AINSTALL_MERGE_H */

/* install-state.h: what installing one file learns on the way.
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

#ifndef AINSTALL_INSTALL_STATE_H
#define AINSTALL_INSTALL_STATE_H

#include <stdbool.h>
#include <sys/stat.h>

#include "backup.h"
#include "file-caps.h"
#include "install-file.h"
#include "digest.h"
#include "merge.h"
#include "options.h"
#include "staged-file.h"
#include "undo.h"

/* Shared by the stages of the pipeline: install-file.c, which runs
   them, and stage.c, which makes the staged file.  */
struct install_state
{
  struct install_options const *opts;
  struct install_job const *job;
  struct installed_set *installed;  /* install_file's INSTALLED.  */
  struct stat src_st;           /* The source, symlinks followed.  */
  int src_fd;                   /* Open on the source, or -1.  */
  int src_errno;                /* Why it could not be opened.  */
  int src_dir_fd;               /* The source's directory, opened once, in
                                   link and rename modes; else AT_FDCWD.  */
  char const *src_base;         /* The source's name in SRC_DIR_FD.  */
  struct stat src_lst;          /* The source's name itself (lstat)...  */
  bool src_lst_known;           /* ...if looked at.  */
  bool src_path_trusted;        /* No other user's symbolic link led to
                                   SRC_DIR_FD (trusted-path.h).  */
  bool src_dir_private;         /* No other user may change SRC_DIR_FD's
                                   names.  */
  bool dest_exists;
  struct stat dest_st;          /* The destination itself, if it exists.  */
  bool same_inode;              /* The destination is the source's inode.  */
  char *backup_base;            /* The backup's name in the directory.  */
  enum backup_method backup_method;
  bool backup_by_rename;        /* It must be made by a rename, late.  */
  undo_id backup_undo;          /* Undoes the backup.  */
  struct merge_outcome merge;   /* How the staged file came to be.  */
  struct staged_file staged;
  struct staged_file strip_dir; /* -s: a private directory, beside the
                                   destination, that the staged file is
                                   made and stripped in.  */
  int stage_errno;              /* Why the staged file was not made.  */
  struct stat staged_st;        /* The staged file's status...  */
  bool staged_st_known;         /* ...if known; else only its mode.  */
  char *label;                  /* A context to set through the fd.  */
  undo_id attributes_undo;      /* Gives an adopted source inode its own
                                   attributes back.  */
  bool placed;                  /* The source took the destination's
                                   name directly (stage.c): there is
                                   nothing to commit.  */
  bool group_link;              /* -R: staged as another name of an
                                   installed file, which keeps its
                                   attributes.  */
  bool hold_installed;          /* Keep a descriptor of the installed file
                                   after the commit: for the job's
                                   installed_fd, or for the manifest.  */
  bool digesting;               /* The manifest wants a digest...  */
  bool digest_done;             /* ...which DIGEST has of the installed
                                   content, made while copying.  */
  struct digest digest;
};

#endif /* AINSTALL_INSTALL_STATE_H */

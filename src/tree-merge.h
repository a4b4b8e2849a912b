/* tree-merge.h: -R, merging an image directory into a root.
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

#ifndef AINSTALL_TREE_MERGE_H
#define AINSTALL_TREE_MERGE_H

#include <stdbool.h>
#include <sys/stat.h>

#include "fts_.h"
#include "install-file.h"
#include "link-groups.h"
#include "options.h"

/* "ainstall -R IMAGE ROOT" places every entry of the tree under IMAGE
   where "cp -a IMAGE/. ROOT/" would, one entry at a time, each one
   atomically: a regular file through the pipeline of install_file, a
   symbolic link or a device node made under a temporary name and
   renamed into place, a missing directory made under a temporary name
   with its attributes and renamed to its name.  The walk holds a
   descriptor of every directory on the way down, in the image (fts) and
   in the root, and names each entry relative to them: no name is looked
   up again from the top.  */

/* A directory of the root that entries are being merged into.  */
struct tree_dir
{
  int fd;                   /* Open on it, or -1 if it could not be.  */
  struct stat st;           /* Its status.  */
  char *name;               /* As messages name it: ROOT/REL.  */
  bool made;                /* This merge made it: it gets the image
                               directory's timestamps once filled.  */
  bool passes_acl;          /* New files in it may inherit an ACL.  */
  mode_t mode_later;        /* A mode set only once filled (an
                               unprivileged caller could not fill a
                               directory made without write permission
                               for itself), or 0.  */
  FTSENT *ahead;            /* The next entry of the image directory to
                               read ahead (tree-prefetch.c), or NULL.  */
  size_t ahead_held;        /* Its entries read ahead, not yet merged.  */
};

/* One merge in progress.  */
struct tree_merge
{
  struct install_options const *opts;  /* With -R's defaults applied.  */
  char const *image;        /* As given.  */
  char const *root;
  FTS *fts;
  size_t image_prefix;      /* Length of the image's name in fts_path,
                               and of the slash after it.  */
  struct tree_dir *dirs;    /* By fts level: where that level's entries
                               go (DIRS[0] is ROOT).  */
  size_t n_dirs;
  struct link_groups *links;
  int root_fd;              /* ROOT, open until the walk takes it, or -1.  */
  bool root_missing;        /* ROOT is to be made.  */
  bool image_untrusted;     /* Another user's symbolic link may have led
                               to IMAGE (trusted-path.h): adopt nothing,
                               remove nothing.  */
  size_t ahead_held;        /* Descriptors opened ahead, in all.  */
  size_t ahead_max;         /* How many may be.  */
  int ahead_fd_ceiling;     /* The lowest descriptor not to hold.  */
  bool ok;
};

/* Merge IMAGE into ROOT as OPTS ask.  Print diagnostics and -v lines;
   return true if every entry was merged.  */
bool tree_merge (struct install_options const *opts, char const *image,
                 char const *root);

/* For tree-files.c and tree-special.c: the destination directory of
   ENT, or NULL if its directory could not be made; the malloc'd names,
   ROOT/REL and IMAGE/REL, that messages give ENT's destination and
   source; and the name of ENT's destination seen from the root, for
   config protection ("/etc/foo").  */
struct tree_dir *tree_parent (struct tree_merge *m, FTSENT const *ent);
char *tree_dest_name (struct tree_merge const *m, FTSENT const *ent);
char *tree_source_name (struct tree_merge const *m, FTSENT const *ent);
char const *tree_rel_name (struct tree_merge const *m, FTSENT const *ent);

/* Rename mode: remove the image's entry ENT once it was merged (or left
   out), if its name still holds it.  Return false after a diagnostic.  */
bool tree_consume (struct tree_merge *m, FTSENT const *ent);

/* Merge a regular file (SRC_FD: as read ahead, or -1), a symbolic link,
   a FIFO or device node (or skip a socket with a warning).  Return false
   after a diagnostic.  */
bool tree_merge_file (struct tree_merge *m, FTSENT *ent, int src_fd);
bool tree_merge_symlink (struct tree_merge *m, FTSENT *ent);
bool tree_merge_node (struct tree_merge *m, FTSENT *ent);

/* Reading ahead (tree-prefetch.c).  How the walk opens a source, as
   install_file would.  */
enum { TREE_SOURCE_FLAGS = SOURCE_OPEN_FLAGS | O_NOFOLLOW };

/* Set how many descriptors M may hold open to read ahead.  */
void tree_prefetch_init (struct tree_merge *m);

/* The image directory ENT was entered, and DIR is where its entries go:
   read its files ahead, if that can help.  */
void tree_prefetch_dir (struct tree_merge *m, FTSENT *ent,
                        struct tree_dir *dir);

/* ENT, below the image's top, is to be merged: read further ahead, and
   return the descriptor opened for ENT, or -1.  */
int tree_prefetch_take (struct tree_merge *m, FTSENT *ent);

#endif /* AINSTALL_TREE_MERGE_H */

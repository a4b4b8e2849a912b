/* staged-file.h: a file prepared beside its destination, then renamed.
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

#ifndef AINSTALL_STAGED_FILE_H
#define AINSTALL_STAGED_FILE_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "undo.h"

/* Every file ainstall installs first exists under a hidden temporary name
   in the destination's own directory ("staged"), gets all of its content
   and metadata there, and then replaces the destination with one rename
   ("committed").  Until then the destination is untouched.  A staged file
   that is not committed is "discarded": removed, or, if it is the user's
   source moved into place, moved back.  A fatal signal discards every
   staged file too (undo.h).

   These functions never print: they return 0 on success, or -1 with
   errno set, and the caller words the diagnostic.  */

struct staged_file
{
  int dir_fd;                /* The destination's directory; not owned.  */
  char *name;                /* The temporary name in DIR_FD, or NULL.  */
  int fd;                    /* Open on the staged file, or -1.  */
  bool linked;               /* Another name of a file whose other names
                                the commit may replace, leaving this one
                                (a backup's).  */
  undo_id undo;              /* Removes it or moves it back.  */
  bool unnamed;              /* An unnamed file (O_TMPFILE), not linked
                                to any name yet: nothing to undo, the
                                kernel frees it with its descriptor.  */
  bool dest_missing;         /* For an unnamed file: the destination did
                                not exist, so the commit links the file
                                there directly.  */
  char *via;                 /* After an unnamed file's commit: the
                                temporary name it was linked under before
                                the rename, or NULL.  */
  bool keep_fd;              /* Hold the file, once closed, by an O_PATH
                                descriptor, also after the commit: the
                                caller links further names to it.  */
};

#define STAGED_FILE_INIT { .dir_fd = -1, .name = NULL, .fd = -1, \
                           .linked = false, .undo = UNDO_NONE, \
                           .unnamed = false, .dest_missing = false, \
                           .via = NULL, .keep_fd = false }

/* Create an empty regular file with mode MODE in DIR_FD under a fresh
   temporary name for the destination DEST_BASE, and open it for writing.
   The name is hidden, unpredictable and never follows a symlink.  */
int staged_file_create (struct staged_file *staged, int dir_fd,
                        char const *dest_base, mode_t mode);

/* Create an empty regular file with mode MODE in DIR_FD with no name at
   all (O_TMPFILE), for the destination DEST_BASE, which is missing if
   DEST_MISSING, and open it for writing.  Fail with EOPNOTSUPP where the
   file system cannot: then make a named one.  An unnamed file leaves
   nothing behind, whatever ends ainstall, even SIGKILL.  */
int staged_file_create_unnamed (struct staged_file *staged, int dir_fd,
                                mode_t mode, bool dest_missing);

/* Likewise, but create an empty directory and open it read-only.  */
int staged_dir_create (struct staged_file *staged, int dir_fd,
                       char const *dest_base, mode_t mode);

/* Likewise, but create a symbolic link to TARGET; or a FIFO or device
   node of type and permissions MODE (S_IFIFO, S_IFCHR, S_IFBLK) and
   device number RDEV.  Neither is opened.  */
int staged_symlink_create (struct staged_file *staged, int dir_fd,
                           char const *dest_base, char const *target);
int staged_node_create (struct staged_file *staged, int dir_fd,
                        char const *dest_base, mode_t mode, dev_t rdev);

/* Make a temporary name for DEST_BASE in DIR_FD another hard link to
   the file SRC_NAME in SRC_DIR_FD, never following a symbolic link.  */
int staged_file_link (struct staged_file *staged, int dir_fd,
                      char const *dest_base, int src_dir_fd,
                      char const *src_name);

/* Make a temporary name for DEST_BASE in DIR_FD another hard link to the
   very file open as SRC_FD, whatever names it has now.  Where the kernel
   cannot link a descriptor (no /proc), link SRC_NAME in SRC_DIR_FD,
   which the caller must then check.  */
int staged_file_link_open (struct staged_file *staged, int dir_fd,
                           char const *dest_base, int src_fd,
                           int src_dir_fd, char const *src_name);

/* Move the file SRC_NAME in SRC_DIR_FD, open as SRC_FD, to a temporary
   name for DEST_BASE in DIR_FD.  Discarding moves it back, or if another
   file took the temporary name meanwhile, links SRC_FD back to
   SRC_NAME.  SRC_NAME must stay valid until the staged file is committed
   or discarded.  */
int staged_file_adopt (struct staged_file *staged, int dir_fd,
                       char const *dest_base, int src_dir_fd,
                       char const *src_name, int src_fd);

/* Open again the staged file, which another program (the strip program)
   may have replaced, read-only, put its status in *ST and return the
   descriptor.  Return STAGED_NOT_OWN if the name holds anything but a
   regular file of the effective user with no other name: something
   another user may have put there.  Return -1 with errno set on other
   failures.  */
enum { STAGED_NOT_OWN = -2 };
int staged_file_reopen_own (struct staged_file *staged, struct stat *st);

/* Close the staged file's descriptor, if open, and report a failure to
   close: a write error reported only then (NFS, FUSE, quotas) means the
   content may be incomplete.  An unnamed file stays held by an O_PATH
   descriptor, which is no descriptor open for writing: a program
   started from the destination right after the commit cannot fail with
   "Text file busy".  But an unnamed file that no one can run
   (NOT_EXECUTABLE) stays open until the commit, which saves two system
   calls a file: it lives on a local file system (O_TMPFILE), where
   closing reports no write error.  Return 0, or -1 if closing failed,
   or STAGED_NOT_HELD if the unnamed file could not be held (and is
   lost), with errno set.  */
enum { STAGED_NOT_HELD = -2 };
int staged_file_close (struct staged_file *staged, bool not_executable);

/* Replace DEST_BASE in the staged file's directory with the staged file,
   atomically: an unnamed file is linked to DEST_BASE directly if it was
   missing, else to a temporary name that is then renamed over it.  On
   success the staged file is gone, and discarding it only frees it.  */
int staged_file_commit (struct staged_file *staged, char const *dest_base);

/* Likewise, but DEST_BASE is in DIR_FD: the staged file was made in a
   private directory of its own within it.  */
int staged_file_commit_into (struct staged_file *staged, int dir_fd,
                             char const *dest_base);

/* Discard the staged directory DIR with whatever files it holds.  */
void staged_dir_discard_all (struct staged_file *dir);

/* Likewise, but fail with EEXIST if DEST_BASE exists, as it must for a
   new directory: a rename may replace an empty directory.  */
int staged_file_commit_new (struct staged_file *staged,
                            char const *dest_base);

/* Undo STAGED: remove it or move it back.  Safe to call at any time,
   including after a commit or a failed creation.  Preserves errno.  */
void staged_file_discard (struct staged_file *staged);

#endif /* AINSTALL_STAGED_FILE_H */

/* options.h: what the command line asked for.
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

#ifndef AINSTALL_OPTIONS_H
#define AINSTALL_OPTIONS_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "backupfile.h"
#include "digest.h"
#include "file-caps.h"
#include "merge.h"
#include "protect.h"
#include "xattrs.h"

/* How the -Z family of options asked to label what is installed.  */
enum label_policy
{
  /* No option: as GNU install does, give the destination the policy's
     default context for its name when SELinux is enabled.  */
  LABEL_SYSTEM_DEFAULT,
  /* -Z or --context without a value: the policy's default type for the
     destination's name, created with it.  */
  LABEL_POLICY_DEFAULT,
  /* --context=CTX: exactly CTX.  */
  LABEL_EXPLICIT,
  /* --preserve-context: the source's context.  */
  LABEL_FROM_SOURCE
};

/* What the command line asked for.  Filled by parse_options, then
   read-only for the rest of the run and passed everywhere as
   'struct install_options const *'.  */
struct install_options
{
  /* What the operands are.  */
  bool make_directories;        /* -d: every operand is a directory.  */
  bool make_leading;            /* -D: create missing leading directories.  */
  char const *target_directory; /* -t DIR, or the last operand; or NULL.  */
  bool no_target_directory;     /* -T: DEST is never a directory.  */
  bool recursive;               /* -R: merge the tree IMAGE into ROOT.  */

  /* Configuration protection, for -R (protect.h).  */
  struct protect_list protect;      /* --protect */
  struct protect_list protect_mask; /* --protect-mask */

  /* How the new content reaches the destination.  */
  enum merge_mode merge_mode;   /* --merge-mode.  */
  bool compare;                 /* -C: leave an identical destination.  */
  bool strip;                   /* -s */
  char const *strip_program;    /* --strip-program; "strip" by default.  */

  /* Attributes the destination ends up with.  */
  mode_t mode;                  /* Files: -m, else rwxr-xr-x.  */
  bool mode_given;              /* -m was given: it wins over --preserve.  */
  mode_t dir_mode;              /* Directories: -m read as for chmod on a
                                   directory, else rwxr-xr-x.  */
  mode_t dir_mode_bits;         /* The bits of DIR_MODE the user cares
                                   about: an existing directory keeps the
                                   others (for instance its set-group-ID
                                   bit under a numeric -m).  */
  uid_t owner;                  /* -o, or (uid_t) -1 to leave as created.  */
  gid_t group;                  /* -g, or (gid_t) -1 to leave as created.  */
  bool preserve_timestamps;     /* -p, --preserve=timestamps */
  bool preserve_mode;           /* --preserve=mode: the source's mode
                                   unless -m.  */
  bool preserve_ownership;      /* --preserve=ownership: the source's
                                   owner and group unless -o, -g.  */
  bool preserve_xattr;          /* --preserve=xattr */
  struct xattr_filter xattr_filter; /* Which ones: --exclude-xattr.  */
  bool preserve_acl;            /* --preserve=acl */

  /* File capabilities: from --caps, or the source's.  */
  bool preserve_caps;           /* --preserve=caps */
  bool caps_given;              /* --caps: CAPS, which may be NULL.  */
  struct file_caps *caps;

  /* Security labels.  */
  enum label_policy label_policy;
  char const *label;            /* The context for LABEL_EXPLICIT.  */
  char const *file_contexts;    /* --file-contexts: look contexts up in
                                   this file, not the running policy's.  */
  char const *label_root;       /* --label-root: look up destinations as
                                   if this directory were "/".  */

  /* Backups, in gnulib backupfile's terms; the suffix lives in
     backupfile's simple_backup_suffix.  */
  enum backup_type backup_type;

  /* Reporting.  */
  bool verbose;                 /* -v: GNU's lines on standard output.  */
  bool debug;                   /* --debug: how each file was installed.  */

  /* The record of what was installed (manifest.h).  */
  char const *manifest;         /* --manifest=FILE, or NULL.  */
  char const *manifest_root;    /* --manifest-root=DIR, or NULL.  */
  enum digest_kind digest;      /* --digest */
  bool sync;                    /* --sync: installed files, directories
                                   and directory entries are on stable
                                   storage at exit (durable.h).  */
  bool unprivileged;            /* --unprivileged: set no owner,
                                   capability or label; the manifest
                                   records what was asked.  */
  char const *verify;           /* --verify=MANIFEST: check a tree against
                                   it, and install nothing.  */
};

/* The default mode of installed files and directories: rwxr-xr-x.  */
enum { DEFAULT_INSTALL_MODE = S_IRWXU | S_IRGRP | S_IXGRP
                              | S_IROTH | S_IXOTH };

/* What parse_options leaves for finish_options: option values that are
   checked only after the operands, so that errors come in GNU's order.  */
struct pending_options
{
  char const *mode;             /* -m's argument, or NULL.  */
  char const *owner;            /* -o's argument, or NULL.  */
  char const *group;            /* -g's argument, or NULL.  */
  bool strip_program_given;     /* --strip-program was given.  */
  bool protect_given;           /* --protect or --protect-mask was.  */
};

/* Parse ARGV into OPTS and PENDING; return the index of the first
   operand.  Exit with a diagnostic on a bad option.  */
int parse_options (int argc, char **argv, struct install_options *opts,
                   struct pending_options *pending);

/* Check and apply PENDING to OPTS.  Exit on a bad mode, user or group.  */
void finish_options (struct install_options *opts,
                     struct pending_options const *pending);

/* --help (STATUS 0) or the "Try --help" hint; then exit with STATUS.  */
_Noreturn void usage (int status);

/* --version, then exit successfully.  */
_Noreturn void print_version (void);

#endif /* AINSTALL_OPTIONS_H */

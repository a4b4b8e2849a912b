/* options.c: the command line, as GNU install reads it.
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

#include <config.h>

#include "options.h"

#include <getopt.h>
#include <limits.h>

#include "system.h"
#include "argmatch.h"
#include "modechange.h"
#include "owner.h"
#include "progname.h"
#include "security-label.h"

/* Long options without a short one get values past any character.  */
enum
{
  CAPS_OPTION = CHAR_MAX + 1,
  DEBUG_OPTION,
  EXCLUDE_XATTR_OPTION,
  FILE_CONTEXTS_OPTION,
  LABEL_ROOT_OPTION,
  DIGEST_OPTION,
  MANIFEST_OPTION,
  MANIFEST_ROOT_OPTION,
  MERGE_MODE_OPTION,
  PRESERVE_OPTION,
  PROTECT_OPTION,
  PROTECT_MASK_OPTION,
  PRESERVE_CONTEXT_OPTION,
  STRIP_PROGRAM_OPTION,
  SYNC_OPTION,
  UNPRIVILEGED_OPTION,
  VERIFY_OPTION,
  HELP_OPTION,
  VERSION_OPTION
};

static struct option const long_options[] =
{
  {"backup", optional_argument, NULL, 'b'},
  {"caps", required_argument, NULL, CAPS_OPTION},
  {"compare", no_argument, NULL, 'C'},
  {"context", optional_argument, NULL, 'Z'},
  {"debug", no_argument, NULL, DEBUG_OPTION},
  {"directory", no_argument, NULL, 'd'},
  {"exclude-xattr", required_argument, NULL, EXCLUDE_XATTR_OPTION},
  {"file-contexts", required_argument, NULL, FILE_CONTEXTS_OPTION},
  {"group", required_argument, NULL, 'g'},
  {"label-root", required_argument, NULL, LABEL_ROOT_OPTION},
  {"digest", required_argument, NULL, DIGEST_OPTION},
  {"manifest", required_argument, NULL, MANIFEST_OPTION},
  {"manifest-root", required_argument, NULL, MANIFEST_ROOT_OPTION},
  {"merge-mode", required_argument, NULL, MERGE_MODE_OPTION},
  {"mode", required_argument, NULL, 'm'},
  {"no-target-directory", no_argument, NULL, 'T'},
  {"owner", required_argument, NULL, 'o'},
  {"preserve", optional_argument, NULL, PRESERVE_OPTION},
  {"preserve-timestamps", no_argument, NULL, 'p'},
  {"preserve-context", no_argument, NULL, PRESERVE_CONTEXT_OPTION},
  {"protect", required_argument, NULL, PROTECT_OPTION},
  {"protect-mask", required_argument, NULL, PROTECT_MASK_OPTION},
  {"recursive", no_argument, NULL, 'R'},
  {"strip", no_argument, NULL, 's'},
  {"strip-program", required_argument, NULL, STRIP_PROGRAM_OPTION},
  {"sync", no_argument, NULL, SYNC_OPTION},
  {"unprivileged", no_argument, NULL, UNPRIVILEGED_OPTION},
  {"verify", required_argument, NULL, VERIFY_OPTION},
  {"suffix", required_argument, NULL, 'S'},
  {"target-directory", required_argument, NULL, 't'},
  {"verbose", no_argument, NULL, 'v'},
  {"help", no_argument, NULL, HELP_OPTION},
  {"version", no_argument, NULL, VERSION_OPTION},
  {NULL, 0, NULL, 0}
};

/* Record -Z or --context[=CTX].  */
static void
take_context_option (struct install_options *opts, char const *arg)
{
  if (! label_system_enabled ())
    {
      /* As GNU install: -Z alone is silently a no-op without SELinux.  */
      if (arg)
        error (0, 0, _("warning: ignoring --context; "
                       "it requires an SELinux-enabled kernel"));
      return;
    }
  opts->label_policy = arg ? LABEL_EXPLICIT : LABEL_POLICY_DEFAULT;
  opts->label = arg;
}

static void
take_preserve_context_option (struct install_options *opts)
{
  if (! label_system_enabled ())
    {
      error (0, 0, _("WARNING: ignoring --preserve-context; "
                     "this kernel is not SELinux-enabled"));
      return;
    }
  opts->label_policy = LABEL_FROM_SOURCE;
}

/* The attributes --preserve takes, in cp's vocabulary.  */
enum preserved
{
  PRESERVE_MODE = 1 << 0,
  PRESERVE_OWNERSHIP = 1 << 1,
  PRESERVE_TIMESTAMPS = 1 << 2,
  PRESERVE_XATTR = 1 << 3,
  PRESERVE_CAPS = 1 << 4,
  PRESERVE_CONTEXT = 1 << 5,
  PRESERVE_ACL = 1 << 6,
  PRESERVE_ALL = (1 << 7) - 1,
  /* "all" asks for the context only if no -Z or --context says else.  */
  PRESERVE_CONTEXT_IF_FREE = 1 << 7
};
static char const *const preserve_args[] =
{
  "mode", "ownership", "timestamps", "xattr", "caps", "context", "acl",
  "all", NULL
};
static enum preserved const preserve_types[] =
{
  PRESERVE_MODE, PRESERVE_OWNERSHIP, PRESERVE_TIMESTAMPS, PRESERVE_XATTR,
  PRESERVE_CAPS, PRESERVE_CONTEXT, PRESERVE_ACL,
  (PRESERVE_ALL & ~PRESERVE_CONTEXT) | PRESERVE_CONTEXT_IF_FREE
};

/* Record --preserve[=LIST]: the comma-separated attributes of LIST, or
   mode, ownership and timestamps, as with cp.  Return what it asks for
   the context, which is settled once all options are known.  */
static enum preserved
take_preserve_option (struct install_options *opts, char const *list)
{
  enum preserved attrs = PRESERVE_MODE | PRESERVE_OWNERSHIP
                         | PRESERVE_TIMESTAMPS;
  if (list)
    {
      char *copy = xstrdup (list);
      attrs = 0;
      for (char *item = strtok (copy, ","); item; item = strtok (NULL, ","))
        attrs |= XARGMATCH ("--preserve", item, preserve_args,
                            preserve_types);
      free (copy);
      if (! attrs)
        {
          /* An empty list is a mistake, not "preserve nothing".  */
          argmatch_invalid ("--preserve", list, -1);
          argmatch_valid (preserve_args, preserve_types,
                          sizeof *preserve_types);
          usage (EXIT_FAILURE);
        }
    }
  opts->preserve_mode |= (attrs & PRESERVE_MODE) != 0;
  opts->preserve_ownership |= (attrs & PRESERVE_OWNERSHIP) != 0;
  opts->preserve_timestamps |= (attrs & PRESERVE_TIMESTAMPS) != 0;
  opts->preserve_xattr |= (attrs & PRESERVE_XATTR) != 0;
  opts->preserve_caps |= (attrs & PRESERVE_CAPS) != 0;
  opts->preserve_acl |= (attrs & PRESERVE_ACL) != 0;
  return attrs & (PRESERVE_CONTEXT | PRESERVE_CONTEXT_IF_FREE);
}

/* Record --caps=TEXT.  */
static void
take_caps_option (struct install_options *opts, char const *text)
{
  caps_free (opts->caps);
  if (caps_from_text (text, &opts->caps) != 0)
    error (EXIT_FAILURE, errno == ENOTSUP ? errno : 0,
           _("invalid capabilities %s"), quote (text));
  opts->caps_given = true;
}

/* Record --exclude-xattr=PATTERN.  */
static void
take_exclude_xattr_option (struct install_options *opts,
                           char const *pattern)
{
  struct xattr_filter *f = &opts->xattr_filter;
  char const **excludes = xreallocarray ((void *) f->excludes,
                                         f->n_excludes + 1,
                                         sizeof *excludes);
  excludes[f->n_excludes++] = pattern;
  f->excludes = excludes;
}

/* Settle where labels come from, once every option is known.  */
static void
settle_labels (struct install_options *opts, enum preserved context,
               bool set_context)
{
  /* --file-contexts asks for labels as explicitly as -Z does.  */
  set_context |= opts->file_contexts != NULL;
  if ((context & PRESERVE_CONTEXT) && set_context)
    error (EXIT_FAILURE, 0, _("cannot set target context and preserve it"));
  if (context && ! set_context)
    opts->label_policy = LABEL_FROM_SOURCE;
  else if (opts->file_contexts && opts->label_policy != LABEL_EXPLICIT)
    {
      /* Contexts from a file: label as -Z does, SELinux or not.  */
      opts->label_policy = LABEL_POLICY_DEFAULT;
    }
}

static void
set_defaults (struct install_options *opts, struct pending_options *pending)
{
  *opts = (struct install_options) {
    .strip_program = "strip",
    .mode = DEFAULT_INSTALL_MODE,
    .dir_mode = DEFAULT_INSTALL_MODE,
    .dir_mode_bits = CHMOD_MODE_BITS,
    .owner = (uid_t) -1,
    .group = (gid_t) -1,
    .label_policy = LABEL_SYSTEM_DEFAULT,
    .backup_type = no_backups,
  };
  *pending = (struct pending_options) { 0 };
}

/* -R merges a tree whose entries carry their own attributes and
   places; these options make no sense with it.  */
static void
check_recursive_conflicts (struct install_options const *opts,
                           struct pending_options const *pending)
{
  char const *other = (pending->mode ? "--mode (-m)"
                       : opts->strip ? "--strip (-s)"
                       : opts->make_directories ? "--directory (-d)"
                       : opts->make_leading ? "-D"
                       : opts->target_directory ? "--target-directory (-t)"
                       : opts->no_target_directory
                       ? "--no-target-directory (-T)"
                       : NULL);
  if (! opts->recursive || ! other)
    return;
  error (0, 0, _("options --recursive (-R) and %s are mutually exclusive"),
         other);
  usage (EXIT_FAILURE);
}

/* The manifest's options need --manifest; --verify installs nothing,
   and takes no option that says how to install.  */
static void
check_manifest_conflicts (struct install_options const *opts)
{
  char const *needs_manifest = (opts->unprivileged ? "--unprivileged"
                                : opts->digest != DIGEST_NONE ? "--digest"
                                : opts->manifest_root ? "--manifest-root"
                                : NULL);
  if (needs_manifest && ! opts->manifest)
    {
      error (0, 0, _("option %s requires --manifest"), needs_manifest);
      usage (EXIT_FAILURE);
    }
  char const *other = (opts->manifest ? "--manifest"
                       : opts->recursive ? "--recursive (-R)"
                       : opts->make_directories ? "--directory (-d)"
                       : opts->make_leading ? "-D"
                       : opts->target_directory ? "--target-directory (-t)"
                       : NULL);
  if (opts->verify && other)
    {
      error (0, 0, _("options --verify and %s are mutually exclusive"),
             other);
      usage (EXIT_FAILURE);
    }
}

/* Checks that need no operand, in GNU install's order.  */
static void
check_option_conflicts (struct install_options const *opts,
                        bool preserve_context, bool set_context)
{
  if (opts->make_directories && opts->strip)
    error (EXIT_FAILURE, 0,
           _("the strip option may not be used when installing a directory"));
  if (opts->make_directories && opts->target_directory)
    error (EXIT_FAILURE, 0,
           _("target directory not allowed when installing a directory"));
  if (preserve_context && set_context)
    error (EXIT_FAILURE, 0, _("cannot set target context and preserve it"));
}

/* What parse_options gathers before it can settle some options.  */
struct option_scan
{
  struct install_options *opts;
  struct pending_options *pending;
  bool make_backups;
  char const *version_control;  /* --backup's argument.  */
  char const *backup_suffix;    /* -S's argument.  */
  bool preserve_context;        /* --preserve-context took effect.  */
  bool set_context;             /* -Z or --context took effect.  */
  enum preserved preserved_context;  /* What --preserve asked of it.  */
};

/* Take GNU install's option C.  Return false if C is none of them.  */
static bool
take_gnu_option (int c, struct option_scan *scan)
{
  struct install_options *opts = scan->opts;
  struct pending_options *pending = scan->pending;
  switch (c)
    {
    case 'b':
      scan->make_backups = true;
      if (optarg)
        scan->version_control = optarg;
      break;
    case 'c': break;
    case 'C': opts->compare = true; break;
    case 'd': opts->make_directories = true; break;
    case 'D': opts->make_leading = true; break;
    case DEBUG_OPTION: opts->debug = opts->verbose = true; break;
    case 'g': pending->group = optarg; break;
    case 'm': pending->mode = optarg; break;
    case 'o': pending->owner = optarg; break;
    case 'p': opts->preserve_timestamps = true; break;
    case 's': opts->strip = true; break;
    case STRIP_PROGRAM_OPTION:
      opts->strip_program = optarg;
      pending->strip_program_given = true;
      break;
    case 'S':
      scan->make_backups = true;
      scan->backup_suffix = optarg;
      break;
    case 't':
      if (opts->target_directory)
        error (EXIT_FAILURE, 0, _("multiple target directories specified"));
      opts->target_directory = optarg;
      break;
    case 'T': opts->no_target_directory = true; break;
    case 'v': opts->verbose = true; break;
    case PRESERVE_CONTEXT_OPTION:
      take_preserve_context_option (opts);
      scan->preserve_context = opts->label_policy == LABEL_FROM_SOURCE;
      break;
    case 'Z':
      take_context_option (opts, optarg);
      scan->set_context |= (opts->label_policy == LABEL_POLICY_DEFAULT
                            || opts->label_policy == LABEL_EXPLICIT);
      break;
    case HELP_OPTION: usage (EXIT_SUCCESS);
    case VERSION_OPTION: print_version ();
    default: return false;
    }
  return true;
}

static char const *const digest_args[] = { "sha256", "sha512", "none",
                                            NULL };
static enum digest_kind const digest_types[] = { DIGEST_SHA256,
                                                 DIGEST_SHA512,
                                                 DIGEST_NONE };
ARGMATCH_VERIFY (digest_args, digest_types);

/* Take an option of the manifest's, C.  Return false if C is none.  */
static bool
take_manifest_option (int c, struct install_options *opts)
{
  switch (c)
    {
    case DIGEST_OPTION:
      opts->digest = XARGMATCH ("--digest", optarg, digest_args,
                                digest_types);
      break;
    case MANIFEST_OPTION: opts->manifest = optarg; break;
    case MANIFEST_ROOT_OPTION: opts->manifest_root = optarg; break;
    case SYNC_OPTION: opts->sync = true; break;
    case UNPRIVILEGED_OPTION: opts->unprivileged = true; break;
    case VERIFY_OPTION: opts->verify = optarg; break;
    default: return false;
    }
  return true;
}

/* Take ainstall's own option C.  Return false if C is none of them.  */
static bool
take_own_option (int c, struct option_scan *scan)
{
  struct install_options *opts = scan->opts;
  switch (c)
    {
    case CAPS_OPTION: take_caps_option (opts, optarg); break;
    case EXCLUDE_XATTR_OPTION:
      take_exclude_xattr_option (opts, optarg);
      break;
    case FILE_CONTEXTS_OPTION: opts->file_contexts = optarg; break;
    case LABEL_ROOT_OPTION: opts->label_root = optarg; break;
    case MERGE_MODE_OPTION:
      opts->merge_mode = XARGMATCH ("--merge-mode", optarg,
                                    merge_mode_args, merge_mode_types);
      break;
    case PRESERVE_OPTION:
      scan->preserved_context |= take_preserve_option (opts, optarg);
      break;
    case PROTECT_OPTION:
      protect_list_add (&opts->protect, optarg);
      scan->pending->protect_given = true;
      break;
    case PROTECT_MASK_OPTION:
      protect_list_add (&opts->protect_mask, optarg);
      scan->pending->protect_given = true;
      break;
    case 'R': opts->recursive = true; break;
    default: return take_manifest_option (c, opts);
    }
  return true;
}

int
parse_options (int argc, char **argv, struct install_options *opts,
               struct pending_options *pending)
{
  struct option_scan scan = { .opts = opts, .pending = pending };
  set_defaults (opts, pending);

  int c;
  while ((c = getopt_long (argc, argv, "bcCsDdg:m:o:pRt:TvS:Z", long_options,
                           NULL))
         != -1)
    if (! (take_gnu_option (c, &scan) || take_own_option (c, &scan)))
      usage (EXIT_FAILURE);

  check_option_conflicts (opts, scan.preserve_context, scan.set_context);
  check_recursive_conflicts (opts, pending);
  check_manifest_conflicts (opts);
  settle_labels (opts, scan.preserved_context, scan.set_context);

  opts->backup_type = (scan.make_backups
                       ? xget_version (_("backup type"), scan.version_control)
                       : no_backups);
  set_simple_backup_suffix (scan.backup_suffix);

  if (opts->label_policy == LABEL_EXPLICIT
      && label_check_context (opts->label) != 0)
    error (EXIT_FAILURE, errno,
           _("failed to set default file creation context to %s"),
           quote (opts->label));

  return optind;
}

static void
compile_mode (struct install_options *opts, char const *spec)
{
  struct mode_change *change = mode_compile (spec);
  if (! change)
    error (EXIT_FAILURE, 0, _("invalid mode %s"), quote (spec));
  opts->mode = mode_adjust (0, false, 0, change, NULL);
  opts->dir_mode = mode_adjust (0, true, 0, change, &opts->dir_mode_bits);
  free (change);
}

void
finish_options (struct install_options *opts,
                struct pending_options const *pending)
{
  if (pending->mode)
    compile_mode (opts, pending->mode);
  opts->mode_given = pending->mode != NULL;

  if (pending->strip_program_given && ! opts->strip)
    error (0, 0, _("WARNING: ignoring --strip-program option as -s option "
                   "was not specified"));
  if (pending->protect_given && ! opts->recursive)
    error (0, 0, _("WARNING: ignoring --protect and --protect-mask options "
                   "as -R option was not specified"));

  if (opts->compare && opts->strip)
    {
      error (0, 0, _("options --compare (-C) and --strip are mutually "
                     "exclusive"));
      usage (EXIT_FAILURE);
    }

  if (opts->compare && mode_has_special_bits (opts->mode))
    error (0, 0, _("the --compare (-C) option is ignored when you"
                   " specify a mode with non-permission bits"));

  if (opts->file_contexts
      && label_open_file_contexts (opts->file_contexts) != 0)
    error (EXIT_FAILURE, errno, _("cannot read file contexts %s"),
           quoteaf (opts->file_contexts));
  struct stat st;
  if (opts->label_root && stat (opts->label_root, &st) != 0)
    error (EXIT_FAILURE, errno, _("cannot access %s"),
           quoteaf (opts->label_root));

  if (pending->owner)
    opts->owner = resolve_owner (pending->owner);
  if (pending->group)
    opts->group = resolve_group (pending->group);
}

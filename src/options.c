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
  DEBUG_OPTION = CHAR_MAX + 1,
  MERGE_MODE_OPTION,
  PRESERVE_OPTION,
  PRESERVE_CONTEXT_OPTION,
  STRIP_PROGRAM_OPTION,
  HELP_OPTION,
  VERSION_OPTION
};

static struct option const long_options[] =
{
  {"backup", optional_argument, NULL, 'b'},
  {"compare", no_argument, NULL, 'C'},
  {"context", optional_argument, NULL, 'Z'},
  {"debug", no_argument, NULL, DEBUG_OPTION},
  {"directory", no_argument, NULL, 'd'},
  {"group", required_argument, NULL, 'g'},
  {"merge-mode", required_argument, NULL, MERGE_MODE_OPTION},
  {"mode", required_argument, NULL, 'm'},
  {"no-target-directory", no_argument, NULL, 'T'},
  {"owner", required_argument, NULL, 'o'},
  {"preserve", optional_argument, NULL, PRESERVE_OPTION},
  {"preserve-timestamps", no_argument, NULL, 'p'},
  {"preserve-context", no_argument, NULL, PRESERVE_CONTEXT_OPTION},
  {"strip", no_argument, NULL, 's'},
  {"strip-program", required_argument, NULL, STRIP_PROGRAM_OPTION},
  {"suffix", required_argument, NULL, 'S'},
  {"target-directory", required_argument, NULL, 't'},
  {"verbose", no_argument, NULL, 'v'},
  {"help", no_argument, NULL, HELP_OPTION},
  {"version", no_argument, NULL, VERSION_OPTION},
  {NULL, 0, NULL, 0}
};

/* The year of the latest copyright, for --version.  */
enum { COPYRIGHT_YEAR = 2026 };

static void
emit_try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"),
           program_name);
}

static void
emit_backup_suffix_note (void)
{
  fputs (_("\
\n\
The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.\n\
The version control method may be selected via the --backup option or through\n\
the VERSION_CONTROL environment variable.  Here are the values:\n\
\n\
"), stdout);
  fputs (_("\
  none, off       never make backups (even if --backup is given)\n\
  numbered, t     make numbered backups\n\
  existing, nil   numbered if numbered backups exist, simple otherwise\n\
  simple, never   always make simple backups\n\
"), stdout);
}

static void
emit_merge_mode_note (void)
{
  fputs (_("\
\n\
The merge mode may also be set with the AINSTALL_MERGE_MODE environment\n\
variable; --merge-mode overrides it.  Every mode replaces each destination\n\
atomically, with one rename.\n\
"), stdout);
}

static void
emit_ancillary_info (void)
{
  printf (_("\n%s home page: <%s>\n"), PACKAGE_NAME, PACKAGE_URL);
  printf (_("Report bugs to: <%s>\n"), PACKAGE_BUGREPORT);
  printf (_("Full documentation: info ainstall, or man %s\n"), PACKAGE);
}

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    {
      emit_try_help ();
      exit (status);
    }

  printf (_("\
Usage: %s [OPTION]... [-T] SOURCE DEST\n\
  or:  %s [OPTION]... SOURCE... DIRECTORY\n\
  or:  %s [OPTION]... -t DIRECTORY SOURCE...\n\
  or:  %s [OPTION]... -d DIRECTORY...\n\
"),
          program_name, program_name, program_name, program_name);
  fputs (_("\
\n\
This install program copies files (often just compiled) into destination\n\
locations you choose.  If you want to download and install a ready-to-use\n\
package on a GNU/Linux system, you should instead be using a package manager\n\
like yum(1) or apt-get(1).\n\
\n\
In the first three forms, copy SOURCE to DEST or multiple SOURCE(s) to\n\
the existing DIRECTORY, while setting permission modes and owner/group.\n\
In the 4th form, create all components of the given DIRECTORY(ies).\n\
"), stdout);
  fputs (_("\
\n\
Mandatory arguments to long options are mandatory for short options too.\n\
"), stdout);
  fputs (_("\
      --backup[=CONTROL]  make a backup of each existing destination file\n\
  -b                  like --backup but does not accept an argument\n\
  -c                  (ignored)\n\
  -C, --compare       compare content of source and destination files, and\n\
                        if no change to content, ownership, and permissions,\n\
                        do not modify the destination at all\n\
  -d, --directory     treat all arguments as directory names; create all\n\
                        components of the specified directories\n\
"), stdout);
  fputs (_("\
  -D                  create all leading components of DEST except the last,\n\
                        or all components of --target-directory,\n\
                        then copy SOURCE to DEST\n\
"), stdout);
  fputs (_("\
      --debug         explain how a file is copied.  Implies -v\n\
"), stdout);
  fputs (_("\
  -g, --group=GROUP   set group ownership, instead of process' current group\n\
  -m, --mode=MODE     set permission mode (as in chmod), instead of rwxr-xr-x\n\
  -o, --owner=OWNER   set ownership (super-user only)\n\
"), stdout);
  fputs (_("\
  -p, --preserve-timestamps   apply access/modification times of SOURCE files\n\
                        to corresponding destination files\n\
  -s, --strip         strip symbol tables\n\
      --strip-program=PROGRAM  program used to strip binaries\n\
  -S, --suffix=SUFFIX  override the usual backup suffix\n\
  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY\n\
  -T, --no-target-directory  treat DEST as a normal file\n\
  -v, --verbose       print the name of each created file or directory\n\
"), stdout);
  fputs (_("\
      --preserve-context  preserve SELinux security context\n\
  -Z                      set SELinux security context of destination\n\
                            file and each created directory to default type\n\
      --context[=CTX]     like -Z, or if CTX is specified then set the\n\
                            SELinux or SMACK security context to CTX\n\
"), stdout);
  fputs (_("\
\n\
ainstall's own options:\n\
      --merge-mode=MODE  how each file reaches its destination: 'copy' writes\n\
                        a new file (the default), 'link' hard-links the\n\
                        source, 'rename' moves the source; where that is\n\
                        not possible, copy\n\
      --preserve[=ATTR_LIST]  take these attributes from the source, unless\n\
                        -m, -o or -g say otherwise: mode, ownership,\n\
                        timestamps, all (default: mode,ownership,timestamps)\n\
\n\
"), stdout);
  fputs (_("      --help        display this help and exit\n"), stdout);
  fputs (_("      --version     output version information and exit\n"),
         stdout);
  emit_backup_suffix_note ();
  emit_merge_mode_note ();
  emit_ancillary_info ();
  exit (status);
}

static _Noreturn void
print_version (void)
{
  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, VERSION);
  /* TRANSLATORS: %s is the copyright symbol "(C)", %d a year.  */
  printf (_("Copyright %s %d The ainstall authors.\n"), _("(C)"),
          COPYRIGHT_YEAR);
  fputs (_("\
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n\
\n\
Written by the ainstall authors.\n"), stdout);
  exit (EXIT_SUCCESS);
}

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
  PRESERVE_ALL = PRESERVE_MODE | PRESERVE_OWNERSHIP | PRESERVE_TIMESTAMPS
};
static char const *const preserve_args[] =
{
  "mode", "ownership", "timestamps", "all", NULL
};
static enum preserved const preserve_types[] =
{
  PRESERVE_MODE, PRESERVE_OWNERSHIP, PRESERVE_TIMESTAMPS, PRESERVE_ALL
};

/* Record --preserve[=LIST]: the comma-separated attributes of LIST, or
   mode, ownership and timestamps, as with cp.  */
static void
take_preserve_option (struct install_options *opts, char const *list)
{
  enum preserved attrs = PRESERVE_MODE | PRESERVE_OWNERSHIP
                         | PRESERVE_TIMESTAMPS;
  if (list && ! *list)
    {
      /* An empty list is a mistake, not "preserve nothing".  */
      argmatch_invalid ("--preserve", list, -1);
      argmatch_valid (preserve_args, preserve_types, sizeof *preserve_types);
      usage (EXIT_FAILURE);
    }
  if (list)
    {
      char *copy = xstrdup (list);
      attrs = 0;
      for (char *item = strtok (copy, ","); item; item = strtok (NULL, ","))
        attrs |= XARGMATCH ("--preserve", item, preserve_args,
                            preserve_types);
      free (copy);
    }
  opts->preserve_mode |= (attrs & PRESERVE_MODE) != 0;
  opts->preserve_ownership |= (attrs & PRESERVE_OWNERSHIP) != 0;
  opts->preserve_timestamps |= (attrs & PRESERVE_TIMESTAMPS) != 0;
}

/* The merge mode of the environment, checked even when --merge-mode
   overrides it: a mistake there would otherwise go unnoticed.  */
static enum merge_mode
merge_mode_from_environment (void)
{
  char const *mode = getenv ("AINSTALL_MERGE_MODE");
  if (! mode || ! *mode)
    return MERGE_COPY;
  return XARGMATCH ("$AINSTALL_MERGE_MODE", mode, merge_mode_args,
                    merge_mode_types);
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

int
parse_options (int argc, char **argv, struct install_options *opts,
               struct pending_options *pending)
{
  bool make_backups = false;
  char const *version_control = NULL;
  char const *backup_suffix = NULL;
  bool preserve_context = false;
  bool set_context = false;
  int c;

  set_defaults (opts, pending);
  opts->merge_mode = merge_mode_from_environment ();

  while ((c = getopt_long (argc, argv, "bcCsDdg:m:o:pt:TvS:Z", long_options,
                           NULL))
         != -1)
    switch (c)
      {
      case 'b':
        make_backups = true;
        if (optarg)
          version_control = optarg;
        break;
      case 'c':
        break;
      case 'C':
        opts->compare = true;
        break;
      case 's':
        opts->strip = true;
        break;
      case STRIP_PROGRAM_OPTION:
        opts->strip_program = optarg;
        pending->strip_program_given = true;
        break;
      case 'd':
        opts->make_directories = true;
        break;
      case 'D':
        opts->make_leading = true;
        break;
      case DEBUG_OPTION:
        opts->debug = opts->verbose = true;
        break;
      case 'v':
        opts->verbose = true;
        break;
      case 'g':
        pending->group = optarg;
        break;
      case 'm':
        pending->mode = optarg;
        break;
      case 'o':
        pending->owner = optarg;
        break;
      case 'p':
        opts->preserve_timestamps = true;
        break;
      case PRESERVE_OPTION:
        take_preserve_option (opts, optarg);
        break;
      case MERGE_MODE_OPTION:
        opts->merge_mode = XARGMATCH ("--merge-mode", optarg,
                                      merge_mode_args, merge_mode_types);
        break;
      case 'S':
        make_backups = true;
        backup_suffix = optarg;
        break;
      case 't':
        if (opts->target_directory)
          error (EXIT_FAILURE, 0, _("multiple target directories specified"));
        opts->target_directory = optarg;
        break;
      case 'T':
        opts->no_target_directory = true;
        break;
      case PRESERVE_CONTEXT_OPTION:
        take_preserve_context_option (opts);
        preserve_context = opts->label_policy == LABEL_FROM_SOURCE;
        break;
      case 'Z':
        take_context_option (opts, optarg);
        set_context |= opts->label_policy == LABEL_POLICY_DEFAULT
                       || opts->label_policy == LABEL_EXPLICIT;
        break;
      case HELP_OPTION:
        usage (EXIT_SUCCESS);
      case VERSION_OPTION:
        print_version ();
      default:
        usage (EXIT_FAILURE);
      }

  check_option_conflicts (opts, preserve_context, set_context);

  opts->backup_type = (make_backups
                       ? xget_version (_("backup type"), version_control)
                       : no_backups);
  set_simple_backup_suffix (backup_suffix);

  if (opts->label_policy == LABEL_EXPLICIT
      && label_check_context (opts->label) != 0)
    error (EXIT_FAILURE, errno,
           _("failed to set default file creation context to %s"),
           quote (opts->label));

  return optind;
}

/* Return true if MODE has bits other than the file type and the
   permissions: set-user-ID, set-group-ID or sticky.  */
static bool
has_special_bits (mode_t mode)
{
  return (mode & ~(S_IRWXUGO | S_IFMT)) != 0;
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

  if (opts->compare && opts->strip)
    {
      error (0, 0, _("options --compare (-C) and --strip are mutually "
                     "exclusive"));
      usage (EXIT_FAILURE);
    }

  if (opts->compare && has_special_bits (opts->mode))
    error (0, 0, _("the --compare (-C) option is ignored when you"
                   " specify a mode with non-permission bits"));

  if (pending->owner)
    opts->owner = resolve_owner (pending->owner);
  if (pending->group)
    opts->group = resolve_group (pending->group);
}

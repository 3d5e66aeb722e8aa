#!/usr/bin/env bash
# Checks the Linux installers that `./mvnw -Pdist,deb,rpm package` wrote into target/dist:
# the .deb is installed with apt-get, `backup-console --version` runs from the PATH, its shell completion
# completes, and the package is removed;
# the .rpm is inspected (its header, file list and dependencies), as rpm cannot install it on Debian.
#   usage: jlink/check-linux-packages.sh [DIST_DIR]   (root, or sudo without a password)
set -euo pipefail
dist=${1:-target/dist}
sudo=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
deb=$(ls "$dist"/backup-console_*_amd64.deb)
rpm=$(ls "$dist"/backup-console-*.x86_64.rpm)

echo "== $deb"
dpkg-deb --field "$deb" Package Version Depends
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(realpath "$deb")" >/dev/null
trap '$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q backup-console >/dev/null' EXIT
version=$(backup-console --version)
echo "$version"
grep -q "^Backup Console $(dpkg-deb --field "$deb" Version | sed 's/-[0-9]*$//')$" <<<"$version"
test -f /usr/share/applications/backup-console.desktop
test -f /usr/share/zsh/vendor-completions/_backup-console
completion=/usr/share/bash-completion/completions/backup-console
# The installed completion offers the subcommand a user starts to type.
bash -c "source $completion; COMP_WORDS=(backup-console restore cr); COMP_CWORD=2; COMP_LINE='backup-console restore cr';
  COMP_POINT=\${#COMP_LINE}; _complete_backup-console 2>/dev/null; test \"\${COMPREPLY[*]}\" = create"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q backup-console >/dev/null
trap - EXIT
! command -v backup-console >/dev/null
! test -e "$completion"
echo "installed, ran, completed and removed"

echo "== $rpm"
rpm -qip "$rpm"
rpm -qlp "$rpm" | grep -v '^/opt/backup-console/lib/runtime/' 
rpm -qRp "$rpm"
# grep reads the whole list: grep -q would end the pipe early, and rpm's SIGPIPE fail the check under pipefail.
rpm -qRp "$rpm" | grep -x gtk3 >/dev/null
rpm -qlp "$rpm" | grep '/LICENSE$' >/dev/null
rpm -qlp "$rpm" | grep '/lib/completion/backup-console.bash$' >/dev/null

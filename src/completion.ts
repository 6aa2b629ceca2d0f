// `arqam completion bash|zsh`: a shell completion script built from the CLI's own options, so it
// never falls out of step with them.
//   bash: eval "$(arqam completion bash)"            (or save it in bash-completion's directory)
//   zsh:  source <(arqam completion zsh)              (or save it as _arqam in a directory of $fpath)

export interface OptionInfo {
  short?: string;
  long: string;
  description: string;
  /** The option takes a value. */
  takesValue: boolean;
  /** Allowed values, when fixed. */
  choices?: readonly string[];
  /** Completes a comma-separated list of these. */
  list?: readonly string[];
}

export const SHELLS = ['bash', 'zsh'] as const;

function bash(opts: readonly OptionInfo[]): string {
  const flags = opts.flatMap((o) => (o.short ? [o.short, o.long] : [o.long])).join(' ');
  const cases = opts
    .filter((o) => o.takesValue)
    .map((o) => {
      const pat = o.short ? `${o.short}|${o.long}` : o.long;
      if (o.choices) return `    ${pat}) COMPREPLY=($(compgen -W "${o.choices.join(' ')}" -- "$cur")); return ;;`;
      if (o.list) {
        return `    ${pat}) local pre="\${cur%,*}"; [[ "$cur" == *,* ]] && pre="$pre," || pre=""
      COMPREPLY=($(compgen -P "$pre" -W "${o.list.join(' ')}" -- "\${cur##*,}")); return ;;`;
      }
      return `    ${pat}) return ;;`;
    })
    .join('\n');
  return `# bash completion for arqam. Load it with: eval "$(arqam completion bash)"
_arqam() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  COMPREPLY=()
  if [[ $COMP_CWORD -ge 2 && "\${COMP_WORDS[1]}" == completion ]]; then
    [[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W "${SHELLS.join(' ')}" -- "$cur"))
    return
  fi
  case "$prev" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "${flags}" -- "$cur"))
    return
  fi
  [[ $COMP_CWORD -eq 1 ]] && COMPREPLY=($(compgen -W "completion" -- "$cur"))
  COMPREPLY+=($(compgen -f -- "$cur"))
}
complete -o filenames -o bashdefault -F _arqam arqam
`;
}

/** Text safe inside the [description] of a zsh _arguments spec in single quotes. */
function zq(s: string): string {
  return s.replace(/[:[\]\\]/g, (c) => `\\${c}`).replace(/'/g, "'\\''");
}

function zsh(opts: readonly OptionInfo[]): string {
  const specs = opts.map((o) => {
    const names = o.short ? `'(${o.short} ${o.long})'{${o.short},${o.long}}` : `'${o.long}`;
    const open = o.short ? "'" : '';
    let value = '';
    if (o.takesValue) {
      const name = o.long.replace(/^--/, '');
      if (o.choices) value = `:${name}:(${o.choices.join(' ')})`;
      else if (o.list) value = `:${name}:_values -s , ${name} ${o.list.join(' ')}`;
      else value = `:${name}: `;
    }
    return `    ${names}${open}[${zq(o.description)}]${value}'`;
  });
  return `#compdef arqam
# zsh completion for arqam. Load it with: source <(arqam completion zsh)
_arqam() {
  if (( CURRENT > 2 )) && [[ \${words[2]} == completion ]]; then
    _values shell ${SHELLS.join(' ')}
    return
  fi
  _arguments -s \\
${specs.join(' \\\n')} \\
    '*:file:_files'
}
if [[ "\${funcstack[1]}" == _arqam ]]; then
  _arqam "$@"
else
  compdef _arqam arqam
fi
`;
}

export function completionScript(shell: string, opts: readonly OptionInfo[]): string | null {
  if (shell === 'bash') return bash(opts);
  if (shell === 'zsh') return zsh(opts);
  return null;
}

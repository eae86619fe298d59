import Pathway

/// The pages' one style sheet, after the NHS service manual's patterns: Arial on a pale grey
/// page, NHS blue links, a yellow focus ring with a dark bar, green start buttons, red error
/// summaries that also say "There is a problem" in words; large radios and checkboxes; one column
/// that reflows down to 320 pixels.
enum Stylesheet {
  /// Where the style sheet and the icon are served.
  static let path = "/assets/pathway.css"
  static let iconPath = "/assets/icon.svg"

  /// The tab's icon: a white P on NHS blue.
  static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#005eb8"/><path d="M10 7h7.5a6 6 0 0 1 0 12H14v6h-4zm4 4v4h3.5a2 2 0 0 0 0-4z" fill="#fff"/></svg>
    """

  static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{background:#f0f4f5;-webkit-text-size-adjust:100%}
    body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;color:#212b32;background:#f0f4f5}
    @media (min-width:40em){body{font-size:1.1875rem}}
    a{color:#005eb8;text-decoration:underline;text-underline-offset:.1em}
    a:visited{color:#330072}
    a:hover{color:#7c2855;text-decoration-thickness:3px}
    a:focus,a:focus-visible{outline:4px solid transparent;background:#ffeb3b;color:#212b32;box-shadow:0 -2px #ffeb3b,0 4px #212b32;text-decoration:none}
    .width-container{max-width:960px;margin:0 16px}
    @media (min-width:48em){.width-container{margin:0 32px}}
    @media (min-width:1024px){.width-container{margin:0 auto}}
    .skip-link{position:absolute;left:-9999px;top:0;padding:12px 16px;background:#ffeb3b;color:#212b32}
    .skip-link:focus{left:16px;top:16px;z-index:10}
    .service-header{background:#005eb8;color:#fff;padding:16px 0}
    .service-header .width-container{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 16px}
    .service-name{color:#fff;font-weight:bold;font-size:1.5rem;text-decoration:none;padding:4px 0}
    .service-name:visited,.service-name:hover{color:#fff}
    .service-tagline{color:#fff}
    .main{display:block;padding:24px 0 40px}
    .service-footer{background:#fff;border-top:4px solid #005eb8;padding:16px 0;font-size:.9375rem;color:#4c6272}
    h1{font-size:2rem;line-height:1.25;margin:0 0 24px}
    @media (min-width:40em){h1{font-size:3rem}}
    h2{font-size:1.5rem;line-height:1.3;margin:40px 0 16px}
    h3{font-size:1.25rem;line-height:1.3;margin:24px 0 8px}
    .lede{font-size:1.25rem}
    @media (min-width:40em){.lede{font-size:1.5rem}}
    .form-group{margin-bottom:32px}
    .form-group-error{border-left:4px solid #d5281b;padding-left:16px}
    .fieldset{margin:0;padding:0;border:0;min-width:0}
    .fieldset-legend{padding:0;margin-bottom:8px;font-weight:bold}
    .fieldset-heading{margin:0;font-size:inherit}
    .fieldset-legend-l{font-size:1.5rem}
    .fieldset-legend-m{font-size:1.25rem}
    .fieldset-legend-s{font-size:1.1875rem}
    .label{display:block;margin-bottom:8px}
    .label-m,.label-s{font-weight:bold}
    .label-m{font-size:1.5rem}
    .hint{color:#4c6272;margin:0 0 16px}
    .roles{font-style:italic}
    .error-message{color:#d5281b;font-weight:bold;margin:0 0 16px}
    .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
    .input,.select{font:inherit;color:#212b32;background:#fff;border:2px solid #4c6272;border-radius:0;min-height:44px;padding:4px 8px;width:100%;max-width:30em}
    .input-width-5{max-width:6em}
    .input-width-10{max-width:11em}
    table.report meter{width:100%;max-width:12em}
    .input-width-20{max-width:20em}
    .input-error{border-color:#d5281b}
    .input:focus,.select:focus{outline:4px solid #ffeb3b;outline-offset:0;box-shadow:inset 0 0 0 2px #212b32}
    .radios-item,.checkboxes-item{position:relative;padding-left:52px;min-height:40px;margin-bottom:12px;clear:left}
    .radios-small .radios-item,.checkboxes-small .checkboxes-item{margin-bottom:8px}
    .radios-input,.checkboxes-input{position:absolute;top:0;left:0;width:40px;height:40px;margin:0;cursor:pointer;accent-color:#005eb8}
    .radios-input:focus,.checkboxes-input:focus{outline:4px solid #ffeb3b;outline-offset:2px;box-shadow:0 0 0 6px #212b32}
    .radios-label,.checkboxes-label{display:inline-block;padding:6px 0;margin:0;cursor:pointer}
    .radios-hint{margin:0 0 8px}
    .statements{padding-left:1.2em;font-size:.9375rem}
    .button{display:inline-block;font:inherit;font-weight:bold;color:#fff;background:#007f3b;border:2px solid transparent;border-radius:4px;box-shadow:0 4px 0 #00401e;padding:12px 16px;min-height:44px;margin:0 0 24px;cursor:pointer}
    a.button,a.button:visited{color:#fff;text-decoration:none}
    .button:hover{background:#00662f}
    .button:focus{outline:4px solid transparent;background:#ffeb3b;color:#212b32;box-shadow:0 4px 0 #212b32}
    .button-secondary{background:#4c6272;box-shadow:0 4px 0 #263139}
    .button-warning{background:#d5281b;box-shadow:0 4px 0 #6b140e}
    .button-warning:hover{background:#aa2016}
    .actions{display:flex;flex-wrap:wrap;align-items:center;gap:8px 24px;margin-bottom:24px}
    .actions .button{margin:0}
    .search{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px 16px;margin-bottom:16px}
    .search .label{flex-basis:100%;margin:0}
    .search .input{flex:1 1 12em}
    .search .button{margin:0}
    .error-summary{border:4px solid #d5281b;background:#fff;padding:16px;margin-bottom:40px}
    .error-summary:focus{outline:4px solid #ffeb3b;outline-offset:0}
    .error-summary-title{margin-top:0}
    .error-summary-list{padding-left:0;list-style:none}
    .error-summary-list a{color:#d5281b;font-weight:bold}
    .steps{padding-left:2em}
    .steps>li::marker{font-weight:bold;font-size:1.25rem}
    .steps>li>article h3{margin-top:0}
    \(PlanRenderer.gapsTableStyle)
    article{background:#fff;border-left:8px solid #005eb8;padding:8px 16px;margin:0 0 16px}
    dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
    dt{font-weight:bold}dd{margin:0;min-width:0;overflow-wrap:anywhere}
    @media (max-width:25em){dl{grid-template-columns:1fr}dd{margin-bottom:8px}}
    section[aria-labelledby=progress] form{display:inline-block;margin:0 8px 8px 0}
    .panel{border:4px solid #005eb8;background:#fff;padding:16px;margin-bottom:24px}
    .resume-key{font-family:monospace;font-size:1.25rem;overflow-wrap:anywhere}
    .heading-s{font-size:1.1875rem;margin-bottom:8px}
    .tag{display:inline-block;border:2px solid #212b32;background:#fff;padding:0 8px;font-weight:bold}
    table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:24px}
    .table-scroll{overflow-x:auto;margin-bottom:24px}
    .table-scroll table{margin-bottom:0}
    .table-scroll:focus{outline:4px solid #ffeb3b;outline-offset:2px;box-shadow:0 0 0 6px #212b32}
    th,td{border:1px solid #d8dde0;padding:8px;text-align:left;vertical-align:top}
    caption{text-align:left;font-weight:bold;margin-bottom:8px}
    .list{padding-left:1.2em}
    .list li{margin-bottom:8px}
    @media print{
    body,html{background:#fff;font-size:11pt}
    .service-header,.service-footer,.skip-link,.no-print,form{display:none}
    article{border:1px solid #000;break-inside:avoid}
    a{color:#000}
    a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}
    }
    """
}

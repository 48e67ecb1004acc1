import type { CodeLists } from '@tsunagu/contracts/settings';
import { Checkbox, Fieldset } from '../../../components/Checkbox';
import { Select } from '../../../components/Select';
import { TextArea, TextField } from '../../../components/TextField';
import { emptyToNull, fieldId } from '../../../lib/form';
import { localizeBilingual, useI18n, useLabel, useT } from '../../../lib/i18n';
import { activeItems } from '../../settings/api';
import { AGENCY_FORM_ID, type AgencyForm } from '../form-values';
import { agencyMessages } from '../messages';

const fid = (path: string) => fieldId(AGENCY_FORM_ID, path);

function useMsg() {
  const { locale } = useI18n();
  return (m: string | undefined) => (m ? localizeBilingual(m, locale) : undefined);
}

/** 基本情報: code, name, kana and category. The code is fixed once the entry exists. */
export function BasicFields({
  form,
  lists,
  codeLocked,
}: {
  form: AgencyForm;
  lists: CodeLists | undefined;
  codeLocked: boolean;
}) {
  const t = useT(agencyMessages);
  const label = useLabel();
  const msg = useMsg();
  const e = form.formState.errors;
  return (
    <Fieldset id={fid('basic')} legend={t('sectionBasic')}>
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          id={fid('code')}
          label={t('code')}
          hint={t('codeHint')}
          required
          readOnly={codeLocked}
          autoComplete="off"
          spellCheck={false}
          error={msg(e.code?.message)}
          {...form.register('code')}
        />
        <Select
          id={fid('categoryCode')}
          label={t('categoryCode')}
          required
          error={msg(e.categoryCode?.message)}
          {...form.register('categoryCode')}
        >
          <option value="">{t('chooseCategory')}</option>
          {activeItems(lists, 'agency_category').map((item) => (
            <option key={item.code} value={item.code}>
              {label(item)}
            </option>
          ))}
        </Select>
        <TextField
          id={fid('name')}
          label={t('name')}
          required
          error={msg(e.name?.message)}
          {...form.register('name')}
        />
        <TextField
          id={fid('nameKana')}
          label={t('nameKana')}
          hint={t('nameKanaHint')}
          required
          error={msg(e.nameKana?.message)}
          {...form.register('nameKana')}
        />
      </div>
    </Fieldset>
  );
}

/** 連絡先・受付時間: optional contact details; an empty box is stored as "none". */
export function ContactFields({ form }: { form: AgencyForm }) {
  const t = useT(agencyMessages);
  const msg = useMsg();
  const e = form.formState.errors;
  const opt = { setValueAs: emptyToNull };
  return (
    <Fieldset id={fid('contact')} legend={t('sectionContact')}>
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          id={fid('contact.phone')}
          type="tel"
          label={t('phone')}
          hint={t('phoneHint')}
          autoComplete="off"
          error={msg(e.contact?.phone?.message)}
          {...form.register('contact.phone', opt)}
        />
        <TextField
          id={fid('contact.email')}
          type="email"
          label={t('email')}
          autoComplete="off"
          error={msg(e.contact?.email?.message)}
          {...form.register('contact.email', opt)}
        />
        <TextField
          id={fid('contact.address')}
          label={t('address')}
          error={msg(e.contact?.address?.message)}
          {...form.register('contact.address', opt)}
        />
        <TextField
          id={fid('contact.url')}
          type="url"
          label={t('url')}
          placeholder="https://"
          error={msg(e.contact?.url?.message)}
          {...form.register('contact.url', opt)}
        />
        <TextField
          id={fid('hours')}
          label={t('hours')}
          hint={t('hoursHint')}
          error={msg(e.hours?.message)}
          {...form.register('hours', opt)}
        />
        <TextArea
          id={fid('capacityNote')}
          label={t('capacityNote')}
          rows={3}
          error={msg(e.capacityNote?.message)}
          {...form.register('capacityNote', opt)}
        />
      </div>
    </Fieldset>
  );
}

/** 公開設定: publication and 支援会議 membership. */
export function PublishFields({ form }: { form: AgencyForm }) {
  const t = useT(agencyMessages);
  return (
    <Fieldset id={fid('publish')} legend={t('sectionPublish')}>
      <div className="flex flex-col gap-3">
        <Checkbox id={fid('isPublic')} label={t('isPublic')} {...form.register('isPublic')} />
        <Checkbox
          id={fid('supportCouncilMember')}
          label={t('supportCouncilMember')}
          {...form.register('supportCouncilMember')}
        />
      </div>
    </Fieldset>
  );
}

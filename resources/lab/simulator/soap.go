package main

import (
	"bytes"
	"net/http"
	"reflect"
	"regexp"

	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vim25/xml"
)

const envelopeOpen = `<?xml version="1.0" encoding="UTF-8"?>` +
	`<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"` +
	` xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"` +
	` xmlns:xsd="http://www.w3.org/2001/XMLSchema"` +
	` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>`

const envelopeClose = `</soapenv:Body></soapenv:Envelope>`

// bodyElement matches the first element inside the SOAP Body: the operation.
var bodyElement = regexp.MustCompile(`<(?:[A-Za-z0-9_]+:)?Body[^>]*>\s*<(?:[A-Za-z0-9_]+:)?([A-Za-z0-9_]+)`)

// operation names the SOAP operation of a request body ("" if none).
func operation(body []byte) string {
	m := bodyElement.FindSubmatch(body)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// taskReturn matches the task reference in a *_Task response.
var taskReturn = regexp.MustCompile(`<returnval type="Task">([^<]+)</returnval>`)

func returnedTask(body []byte) (types.ManagedObjectReference, bool) {
	m := taskReturn.FindSubmatch(body)
	if m == nil {
		return types.ManagedObjectReference{}, false
	}
	return types.ManagedObjectReference{Type: "Task", Value: string(m[1])}, true
}

func writeEnvelope(w http.ResponseWriter, status int, inner []byte) {
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(envelopeOpen))
	_, _ = w.Write(inner)
	_, _ = w.Write([]byte(envelopeClose))
}

// writeEmptyResponse answers an operation that returns nothing, e.g. SendNMIResponse.
func writeEmptyResponse(w http.ResponseWriter, element string) {
	writeEnvelope(w, http.StatusOK, []byte(`<`+element+` xmlns="urn:vim25"></`+element+`>`))
}

// writeFault answers with a SOAP fault carrying the vim25 fault object, the
// way vCenter does (HTTP 500, <XxxFault xsi:type="Xxx"> in the detail), so that
// clients raise the matching exception (vim.fault.InvalidPowerState ...).
func writeFault(w http.ResponseWriter, msg string, fault types.BaseMethodFault) {
	kind := reflect.TypeOf(fault).Elem().Name()
	var buf bytes.Buffer
	buf.WriteString(`<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>`)
	_ = xml.EscapeText(&buf, []byte(msg))
	buf.WriteString(`</faultstring><detail>`)
	enc := xml.NewEncoder(&buf)
	start := xml.StartElement{
		Name: xml.Name{Local: kind + "Fault"},
		Attr: []xml.Attr{
			{Name: xml.Name{Local: "xmlns"}, Value: "urn:vim25"},
			{Name: xml.Name{Local: "xsi:type"}, Value: kind},
		},
	}
	if err := enc.EncodeElement(fault, start); err != nil {
		buf.WriteString(`<SystemErrorFault xmlns="urn:vim25" xsi:type="SystemError"><reason>fault encoding failed</reason></SystemErrorFault>`)
	}
	_ = enc.Flush()
	buf.WriteString(`</detail></soapenv:Fault>`)
	writeEnvelope(w, http.StatusInternalServerError, buf.Bytes())
}

func systemError(reason string) *types.SystemError {
	return &types.SystemError{Reason: reason}
}
